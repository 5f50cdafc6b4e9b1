import vine from '@vinejs/vine'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'

/**
 * The application's messages with fields named for people ("Enter a
 * tracking number.") instead of by their keys; `'*'` names the members
 * of an array.
 */
export function labelledMessages(labels: Record<string, string>): MessagesProviderContact {
  return {
    getMessage(rawMessage: string, rule: string, field: FieldContext, args?: Record<string, any>) {
      const label = labels[field.name] ?? (field.isArrayMember ? labels['*'] : undefined)
      const named = label ? { ...field, name: label, getFieldPath: () => label } : field
      return vine.messagesProvider.getMessage(rawMessage, rule, named, args)
    },
  }
}

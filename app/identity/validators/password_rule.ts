import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'

const COMMON_PASSWORDS = new Set([
  'password',
  'password1',
  'password123',
  'passw0rd',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'qwerty123456',
  'iloveyou123',
  'letmein1234',
  'welcome123',
  'administrator',
  'changeme123',
])

/**
 * At least 10 characters, with letters and at least one digit or symbol,
 * not a well-known password and not the email's own name.
 */
function strongPassword(value: unknown, _options: undefined, field: FieldContext) {
  if (typeof value !== 'string') {
    return
  }
  const email = String((field.parent as Record<string, unknown>)?.email ?? '').toLowerCase()
  const localPart = email.split('@')[0]
  const problems: string[] = []
  if (value.length < 10) {
    problems.push('at least 10 characters')
  }
  if (!/[a-z]/i.test(value)) {
    problems.push('a letter')
  }
  if (!/[^a-z]/i.test(value)) {
    problems.push('a digit or symbol')
  }
  if (problems.length > 0) {
    field.report(`Use ${problems.join(', ')} in your password.`, 'strongPassword', field)
    return
  }
  if (COMMON_PASSWORDS.has(value.toLowerCase())) {
    field.report('This password is too common. Choose another one.', 'strongPassword', field)
    return
  }
  if (localPart.length >= 4 && value.toLowerCase().includes(localPart)) {
    field.report('Your password must not contain your email address.', 'strongPassword', field)
  }
}

export const strongPasswordRule = vine.createRule(strongPassword)

export function newPassword() {
  return vine.string().maxLength(128).use(strongPasswordRule())
}

import vine from '@vinejs/vine'

const INBOX_TABS = ['waiting', 'mine', 'open', 'resolved', 'all'] as const
export type InboxTab = (typeof INBOX_TABS)[number]

export const inboxFiltersValidator = vine.create({
  tab: vine.enum(INBOX_TABS).optional(),
  q: vine.string().trim().maxLength(120).optional(),
  page: vine.number().min(1).max(100000).withoutDecimals().optional(),
})

const MESSAGE_MAX_LENGTH = 4000

export const agentMessageValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(MESSAGE_MAX_LENGTH),
})

export const assignValidator = vine.create({
  user_id: vine.string().uuid().nullable(),
})

const TAGS_MAX = 10

export const tagsValidator = vine.create({
  tags: vine
    .array(
      vine
        .string()
        .trim()
        .toLowerCase()
        .minLength(1)
        .maxLength(30)
        .regex(/^[\p{L}\p{N} _-]+$/u)
    )
    .maxLength(TAGS_MAX)
    .distinct(),
})

export const cannedResponseValidator = vine.create({
  title: vine.string().trim().minLength(1).maxLength(80),
  shortcut: vine
    .string()
    .trim()
    .toLowerCase()
    .minLength(1)
    .maxLength(40)
    .regex(/^[a-z0-9][a-z0-9_-]*$/),
  body: vine.string().trim().minLength(1).maxLength(MESSAGE_MAX_LENGTH),
})

export const cannedFiltersValidator = vine.create({
  q: vine.string().trim().maxLength(120).optional(),
  page: vine.number().min(1).max(100000).withoutDecimals().optional(),
})

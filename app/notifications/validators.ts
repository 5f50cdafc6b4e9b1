import vine from '@vinejs/vine'

export const notificationFiltersValidator = vine.create({
  page: vine.number().withoutDecimals().min(1).max(100000).optional(),
  show: vine.enum(['all', 'unread']).optional(),
})

export const notificationChannelsValidator = vine.create({
  channels: vine.record(vine.enum(['in_app', 'email'])),
})

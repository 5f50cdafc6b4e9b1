import vine from '@vinejs/vine'

export const changePlanValidator = vine.create({
  plan_id: vine.string().uuid(),
  interval: vine.enum(['month', 'year'] as const),
})

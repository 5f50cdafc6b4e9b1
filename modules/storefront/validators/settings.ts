import vine from '@vinejs/vine'

const color = () =>
  vine
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/)

/**
 * The shop settings staff edit (Shop settings page). What the platform
 * keeps itself (the Stripe account's state) is not part of it.
 */
export default vine.create({
  pricesIncludeTax: vine.boolean().optional(),
  reservationMinutes: vine.number().withoutDecimals().min(5).max(120).optional(),
  theme: vine
    .object({
      accentColor: color().optional(),
      heroTitle: vine.string().trim().maxLength(120).optional(),
      heroText: vine.string().trim().maxLength(300).optional(),
      heroImagePath: vine.string().trim().maxLength(300).optional(),
      featuredCategoryIds: vine.array(vine.string().uuid()).maxLength(8).optional(),
    })
    .optional(),
  menu: vine
    .array(
      vine.object({
        label: vine.string().trim().minLength(1).maxLength(40),
        href: vine
          .string()
          .trim()
          .maxLength(300)
          .regex(/^(\/(?!\/)|https?:\/\/)/),
      })
    )
    .maxLength(12)
    .optional(),
  payments: vine
    .object({
      bankTransfer: vine.object({
        enabled: vine.boolean(),
        instructions: vine.string().trim().maxLength(1000).optional(),
      }),
      cashOnDelivery: vine.object({ enabled: vine.boolean() }),
    })
    .optional(),
})

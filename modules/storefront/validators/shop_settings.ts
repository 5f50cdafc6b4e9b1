import vine from '@vinejs/vine'
import { labelledMessages } from '#modules/storefront/validators/shop_settings_labels'

const IMAGE = { size: '4mb', extnames: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }

/** The Theme form (multipart: the images come as files). */
export const themeFormValidator = vine.create({
  accent_color: vine
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/),
  hero_title: vine.string().trim().maxLength(120).optional(),
  hero_text: vine.string().trim().maxLength(300).optional(),
  featured_category_ids: vine.array(vine.string().uuid()).maxLength(8).distinct().optional(),
  logo: vine.file(IMAGE).optional(),
  remove_logo: vine.boolean().optional(),
  hero_image: vine.file(IMAGE).optional(),
  remove_hero_image: vine.boolean().optional(),
})
themeFormValidator.messagesProvider = labelledMessages({
  'accent_color': 'an accent colour',
  'hero_title': 'the hero title',
  'hero_text': 'the hero text',
  'featured_category_ids': 'the featured categories',
  'logo': 'the logo',
  'hero_image': 'the hero image',
  '*': 'a category',
})

export const menuFormValidator = vine.create({
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
    .maxLength(12),
})
menuFormValidator.messagesProvider = labelledMessages({
  menu: 'the menu',
  label: 'a label',
  href: 'a link (starting with / or https://)',
})

export const shopPageValidator = vine.create({
  title: vine.string().trim().minLength(2).maxLength(120),
  body_html: vine.string().maxLength(100_000),
  published: vine.boolean().optional(),
})
shopPageValidator.messagesProvider = labelledMessages({
  title: 'a title',
  body_html: 'the text',
  published: 'published',
})

export const customDomainValidator = vine.create({
  domain: vine
    .string()
    .trim()
    .toLowerCase()
    .maxLength(253)
    .regex(/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/),
})
customDomainValidator.messagesProvider = labelledMessages({
  domain: 'a domain like shop.example.com',
})

export const paymentMethodsValidator = vine.create({
  bank_transfer_enabled: vine.boolean().optional(),
  bank_transfer_instructions: vine.string().trim().maxLength(1000).optional(),
  cash_on_delivery_enabled: vine.boolean().optional(),
})
paymentMethodsValidator.messagesProvider = labelledMessages({
  bank_transfer_enabled: 'bank transfer',
  bank_transfer_instructions: 'the bank transfer instructions (your IBAN and the reference to use)',
  cash_on_delivery_enabled: 'cash on delivery',
})

import vine from '@vinejs/vine'
import { labelledMessages } from '#modules/storefront/validators/shop_settings_labels'

const PAYMENT_METHODS = ['stripe', 'bank_transfer', 'cash_on_delivery'] as const

const address = {
  line1: vine.string().trim().maxLength(200),
  line2: vine.string().trim().maxLength(200).nullable().optional(),
  city: vine.string().trim().maxLength(120),
  region: vine.string().trim().maxLength(120).nullable().optional(),
  postalCode: vine.string().trim().maxLength(20),
  country: vine
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/),
}

const labels = labelledMessages({
  email: 'your email address',
  customerName: 'your name',
  phone: 'a phone number',
  line1: 'your address',
  line2: 'the second address line',
  city: 'your town or city',
  region: 'your region',
  postalCode: 'your postcode',
  country: 'your country',
  shippingRateId: 'a delivery option',
  discountCode: 'the discount code',
  paymentMethod: 'a payment method',
})

/** What the buyer entered so far (while filling the checkout in). */
export const checkoutDraftValidator = vine.create({
  email: vine.string().trim().email().maxLength(254).nullable().optional(),
  customerName: vine.string().trim().maxLength(120).nullable().optional(),
  phone: vine.string().trim().maxLength(40).nullable().optional(),
  shippingAddress: vine
    .object({
      line1: vine.string().trim().maxLength(200).nullable().optional(),
      line2: address.line2,
      city: vine.string().trim().maxLength(120).nullable().optional(),
      region: address.region,
      postalCode: vine.string().trim().maxLength(20).nullable().optional(),
      country: vine
        .string()
        .trim()
        .regex(/^[A-Za-z]{2}$/)
        .nullable()
        .optional(),
    })
    .optional(),
  shippingRateId: vine.string().uuid().nullable().optional(),
  discountCode: vine.string().trim().maxLength(40).nullable().optional(),
  paymentMethod: vine.enum(PAYMENT_METHODS).nullable().optional(),
})
checkoutDraftValidator.messagesProvider = labels

/** Everything needed to place the order. */
export const placeOrderValidator = vine.create({
  email: vine.string().trim().email().maxLength(254),
  customerName: vine.string().trim().minLength(2).maxLength(120),
  phone: vine.string().trim().maxLength(40).nullable().optional(),
  shippingAddress: vine.object(address),
  shippingRateId: vine.string().uuid().nullable().optional(),
  discountCode: vine.string().trim().maxLength(40).nullable().optional(),
  paymentMethod: vine.enum(PAYMENT_METHODS),
})
placeOrderValidator.messagesProvider = labels

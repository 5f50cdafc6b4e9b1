import vine from '@vinejs/vine'
import { labelledMessages } from '#modules/storefront/validators/shop_settings_labels'

const MAX_MINOR = 1_000_000_000

export const ORDER_STATUSES = ['pending', 'paid', 'fulfilled', 'delivered', 'cancelled'] as const
export const PAYMENT_STATUSES = ['unpaid', 'paid', 'partially_refunded', 'refunded'] as const
export const FULFILLMENT_STATUSES = ['unfulfilled', 'fulfilled', 'delivered'] as const

export const orderFiltersValidator = vine.create({
  q: vine.string().trim().maxLength(120).optional(),
  status: vine.enum(ORDER_STATUSES).optional(),
  payment: vine.enum(PAYMENT_STATUSES).optional(),
  fulfilment: vine.enum(FULFILLMENT_STATUSES).optional(),
  customer: vine.string().uuid().optional(),
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  min_total: vine.number().min(0).max(MAX_MINOR).withoutDecimals().optional(),
  max_total: vine.number().min(0).max(MAX_MINOR).withoutDecimals().optional(),
  page: vine.number().min(1).max(100000).withoutDecimals().optional(),
})
orderFiltersValidator.messagesProvider = labelledMessages({
  q: 'the search',
  status: 'the status',
  payment: 'the payment status',
  fulfilment: 'the fulfilment status',
  customer: 'the customer',
  from: 'the start date',
  to: 'the end date',
  min_total: 'the minimum total',
  max_total: 'the maximum total',
})

export const fulfilOrderValidator = vine.create({
  carrier: vine.string().trim().minLength(2).maxLength(80),
  tracking_number: vine.string().trim().minLength(3).maxLength(120),
  tracking_url: vine
    .string()
    .trim()
    .url({ require_protocol: true, protocols: ['http', 'https'] })
    .maxLength(500)
    .optional(),
})
fulfilOrderValidator.messagesProvider = labelledMessages({
  carrier: 'the carrier',
  tracking_number: 'a tracking number',
  tracking_url: 'the tracking link',
})

export const cancelOrderValidator = vine.create({
  reason: vine.string().trim().maxLength(300).optional(),
})
cancelOrderValidator.messagesProvider = labelledMessages({ reason: 'the reason' })

export const orderNoteValidator = vine.create({
  note: vine.string().trim().minLength(1).maxLength(2000),
})
orderNoteValidator.messagesProvider = labelledMessages({ note: 'a note' })

export const refundOrderValidator = vine.create({
  /** Omitted for a full refund of what remains. */
  amount_minor: vine.number().withoutDecimals().min(1).max(MAX_MINOR).optional(),
  restock: vine.boolean().optional(),
  reason: vine.string().trim().maxLength(300).optional(),
  lines: vine
    .array(
      vine.object({
        order_item_id: vine.string().uuid(),
        quantity: vine.number().withoutDecimals().min(0).max(10000),
      })
    )
    .maxLength(200)
    .optional(),
})
refundOrderValidator.messagesProvider = labelledMessages({
  amount_minor: 'the amount',
  restock: 'restock',
  reason: 'the reason',
  order_item_id: 'the line',
  quantity: 'the quantity',
})

export const markPaidValidator = vine.create({
  note: vine.string().trim().maxLength(300).optional(),
})
markPaidValidator.messagesProvider = labelledMessages({ note: 'the note' })

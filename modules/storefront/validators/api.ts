import vine from '@vinejs/vine'

/**
 * Validators of the REST API (`/api/v1`). They are also the request
 * schemas of the OpenAPI document (see api/openapi.ts).
 */

const limit = () => vine.number().withoutDecimals().range([1, 100]).optional()
const cursor = () => vine.string().trim().maxLength(200).optional()
const quantity = () => vine.number().withoutDecimals().range([1, 999])

export const productsQueryValidator = vine.create({
  q: vine.string().trim().minLength(1).maxLength(100).optional(),
  category: vine.string().trim().minLength(1).maxLength(140).optional(),
  in_stock: vine.boolean().optional(),
  limit: limit(),
  cursor: cursor(),
})

export const ordersQueryValidator = vine.create({
  status: vine.enum(['pending', 'paid', 'fulfilled', 'delivered', 'cancelled']).optional(),
  payment_status: vine.enum(['unpaid', 'paid', 'partially_refunded', 'refunded']).optional(),
  limit: limit(),
  cursor: cursor(),
})

const cartLine = () => vine.object({ variantId: vine.string().uuid(), quantity: quantity() })

export const createCartValidator = vine.create({
  items: vine.array(cartLine()).maxLength(100).optional(),
})

export const addCartItemValidator = vine.create(cartLine().getProperties())

export const updateCartItemValidator = vine.create({
  /** 0 removes the line. */
  quantity: vine.number().withoutDecimals().range([0, 999]),
})

const address = () =>
  vine.object({
    name: vine.string().trim().minLength(1).maxLength(120),
    line1: vine.string().trim().minLength(1).maxLength(200),
    line2: vine.string().trim().maxLength(200).nullable().optional(),
    city: vine.string().trim().minLength(1).maxLength(120),
    region: vine.string().trim().maxLength(120).nullable().optional(),
    postalCode: vine.string().trim().minLength(1).maxLength(20),
    country: vine
      .string()
      .trim()
      .fixedLength(2)
      .alpha()
      .transform((value) => value.toUpperCase()),
    phone: vine.string().trim().maxLength(40).nullable().optional(),
  })

const checkoutDetails = () => ({
  email: vine.string().trim().email().maxLength(254).optional(),
  customerName: vine.string().trim().minLength(1).maxLength(120).optional(),
  phone: vine.string().trim().maxLength(40).nullable().optional(),
  shippingAddress: address().optional(),
  shippingRateId: vine.string().uuid().nullable().optional(),
  discountCode: vine.string().trim().maxLength(40).nullable().optional(),
  paymentMethod: vine.enum(['stripe', 'bank_transfer', 'cash_on_delivery']).optional(),
})

export const startCheckoutValidator = vine.create({
  cartId: vine.string().uuid(),
  ...checkoutDetails(),
})

export const updateCheckoutValidator = vine.create(checkoutDetails())

export const placeOrderValidator = vine.create({
  /** Where Stripe sends the buyer back (required with the `stripe` method). */
  successUrl: vine.string().url({ require_tld: false }).maxLength(500).optional(),
  cancelUrl: vine.string().url({ require_tld: false }).maxLength(500).optional(),
})

import type { JsonSchema } from '#modules/storefront/api/endpoint'

/**
 * Response schemas of the REST API, referenced from the OpenAPI document's
 * `components.schemas`. The controllers in controllers/api/ build exactly
 * these shapes.
 */

const string = { type: 'string' }
const nullableString = { type: ['string', 'null'] }
const integer = { type: 'integer' }
const nullableInteger = { type: ['integer', 'null'] }
const uuid = { type: 'string', format: 'uuid' }
const nullableUuid = { type: ['string', 'null'], format: 'uuid' }
const dateTime = { type: 'string', format: 'date-time' }
const nullableDateTime = { type: ['string', 'null'], format: 'date-time' }
const money = { type: 'integer', description: 'Amount in minor units (cents)' }
const nullableMoney = { type: ['integer', 'null'], description: 'Amount in minor units (cents)' }
const currency = { type: 'string', pattern: '^[A-Z]{3}$' }
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

function object(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', properties, required: Object.keys(properties) }
}

const attributes = {
  type: 'object',
  additionalProperties: { oneOf: [string, { type: 'array', items: string }] },
}

const address = {
  type: 'object',
  properties: {
    name: string,
    line1: string,
    line2: nullableString,
    city: string,
    region: nullableString,
    postalCode: string,
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    phone: nullableString,
  },
  required: ['name', 'line1', 'city', 'postalCode', 'country'],
}

export const schemas: Record<string, JsonSchema> = {
  Error: {
    type: 'object',
    properties: {
      errors: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            message: string,
            field: { type: 'string', description: 'The input field at fault (422 only)' },
            rule: string,
          },
          required: ['message'],
        },
      },
      requestId: { type: 'string', description: 'Quote it to support (5xx only)' },
    },
    required: ['errors'],
  },
  ProductSummary: object({
    id: uuid,
    slug: string,
    name: string,
    categoryId: nullableUuid,
    currency,
    priceMinor: money,
    compareAtMinor: nullableMoney,
    inStock: { type: 'boolean' },
    stockAvailable: { ...nullableInteger, description: 'null: inventory is not tracked' },
    ratingAverage: { type: ['number', 'null'] },
    reviewCount: integer,
    tags: { type: 'array', items: string },
    attributes,
    imageUrl: nullableString,
  }),
  Product: object({
    id: uuid,
    slug: string,
    name: string,
    descriptionHtml: { type: 'string', description: 'Sanitized HTML' },
    category: {
      oneOf: [object({ id: uuid, name: string, slug: string }), { type: 'null' }],
    },
    currency,
    priceMinor: money,
    compareAtMinor: nullableMoney,
    sku: nullableString,
    barcode: nullableString,
    weightGrams: nullableInteger,
    inStock: { type: 'boolean' },
    stockAvailable: nullableInteger,
    ratingAverage: { type: ['number', 'null'] },
    reviewCount: integer,
    tags: { type: 'array', items: string },
    attributes,
    seoTitle: nullableString,
    seoDescription: nullableString,
    options: {
      type: 'array',
      items: object({ name: string, values: { type: 'array', items: string } }),
    },
    variants: {
      type: 'array',
      items: object({
        id: uuid,
        title: string,
        optionValues: { type: 'array', items: string },
        sku: nullableString,
        priceMinor: money,
        compareAtMinor: nullableMoney,
        inStock: { type: 'boolean' },
        available: nullableInteger,
      }),
    },
    images: {
      type: 'array',
      items: object({
        url: string,
        mediumUrl: string,
        thumbnailUrl: string,
        alt: string,
        width: integer,
        height: integer,
      }),
    },
    publishedAt: nullableDateTime,
    updatedAt: dateTime,
  }),
  Category: object({
    id: uuid,
    parentId: nullableUuid,
    name: string,
    slug: string,
    description: nullableString,
    position: integer,
    imageUrl: nullableString,
    productCount: integer,
  }),
  Cart: object({
    id: uuid,
    currency,
    itemCount: integer,
    subtotalMinor: money,
    lines: {
      type: 'array',
      items: object({
        variantId: uuid,
        productId: uuid,
        name: string,
        variantTitle: nullableString,
        unitPriceMinor: money,
        quantity: integer,
        lineTotalMinor: money,
        imageUrl: nullableString,
        available: integer,
      }),
    },
  }),
  Checkout: object({
    id: uuid,
    status: { enum: ['open', 'completed', 'expired', 'failed'] },
    cartId: uuid,
    orderId: nullableUuid,
    email: nullableString,
    customerName: nullableString,
    phone: nullableString,
    shippingAddress: { oneOf: [address, { type: 'null' }] },
    shippingRateId: nullableUuid,
    discountCode: nullableString,
    paymentMethod: { enum: ['stripe', 'bank_transfer', 'cash_on_delivery', null] },
    reservedUntil: { ...dateTime, description: 'The stock is held for the checkout until then' },
    currency,
    lines: {
      type: 'array',
      items: object({
        variantId: uuid,
        productId: uuid,
        name: string,
        variantTitle: nullableString,
        unitPriceMinor: money,
        quantity: integer,
        discountMinor: money,
        taxMinor: money,
        totalMinor: money,
      }),
    },
    subtotalMinor: money,
    discountMinor: money,
    shippingMinor: money,
    taxMinor: money,
    totalMinor: money,
    discountError: { ...nullableString, description: 'Why the discount code does not apply' },
    shippingRates: {
      type: 'array',
      items: object({ id: uuid, name: string, priceMinor: money, freeOverMinor: nullableMoney }),
    },
    paymentMethods: {
      type: 'array',
      items: object({
        method: { enum: ['stripe', 'bank_transfer', 'cash_on_delivery'] },
        label: string,
        instructions: nullableString,
      }),
    },
    missing: {
      type: 'object',
      description: 'What must still be set before the order can be placed: field → message',
      additionalProperties: string,
    },
  }),
  OrderSummary: object({
    id: uuid,
    number: integer,
    status: { enum: ['pending', 'paid', 'fulfilled', 'delivered', 'cancelled'] },
    paymentStatus: { enum: ['unpaid', 'paid', 'partially_refunded', 'refunded'] },
    fulfillmentStatus: { enum: ['unfulfilled', 'fulfilled', 'delivered'] },
    paymentMethod: { enum: ['stripe', 'bank_transfer', 'cash_on_delivery'] },
    email: string,
    customerName: string,
    customerId: nullableUuid,
    currency,
    subtotalMinor: money,
    discountMinor: money,
    shippingMinor: money,
    taxMinor: money,
    totalMinor: money,
    refundedMinor: money,
    source: string,
    placedAt: dateTime,
    paidAt: nullableDateTime,
  }),
}

schemas.Order = {
  allOf: [
    ref('OrderSummary'),
    object({
      phone: nullableString,
      shippingAddress: address,
      pricesIncludeTax: { type: 'boolean' },
      discountCode: nullableString,
      shippingMethod: nullableString,
      carrier: nullableString,
      trackingNumber: nullableString,
      trackingUrl: nullableString,
      fulfilledAt: nullableDateTime,
      deliveredAt: nullableDateTime,
      cancelledAt: nullableDateTime,
      items: {
        type: 'array',
        items: object({
          id: uuid,
          productId: nullableUuid,
          variantId: nullableUuid,
          name: string,
          variantTitle: nullableString,
          sku: nullableString,
          imageUrl: nullableString,
          unitPriceMinor: money,
          quantity: integer,
          discountMinor: money,
          taxMinor: money,
          totalMinor: money,
          refundedQuantity: integer,
        }),
      },
    }),
  ],
}

/** `{ data: <schema> }` */
export function one(name: string): JsonSchema {
  return object({ data: ref(name) })
}

/** `{ data: [<schema>], nextCursor }` */
export function page(name: string): JsonSchema {
  return object({
    data: { type: 'array', items: ref(name) },
    nextCursor: {
      ...nullableString,
      description: 'Pass it as `cursor` for the next page; null on the last page',
    },
  })
}

/** `{ data: [<schema>] }` */
export function list(name: string): JsonSchema {
  return object({ data: { type: 'array', items: ref(name) } })
}

export const placedOrder: JsonSchema = object({
  data: object({
    order: ref('Order'),
    paymentUrl: {
      ...nullableString,
      description: 'Stripe Checkout page where the buyer pays (payment method `stripe` only)',
    },
  }),
})

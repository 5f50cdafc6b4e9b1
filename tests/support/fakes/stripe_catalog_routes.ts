import { newCustomer, newPrice, newProduct, unixNow } from './stripe_objects.js'
import { invalidRequest, type ParamReader } from './stripe_params.js'
import { PAGINATION_PARAMS, paginate, route, type StripeCall } from './stripe_router.js'
import type { StripeStore } from './stripe_store.js'
import type { FakeCustomer, FakePrice, FakeProduct, FakeRecurring } from './stripe_types.js'

const CUSTOMER_PARAMS = [
  'address',
  'balance',
  'business_name',
  'cash_balance',
  'default_source',
  'description',
  'email',
  'individual_name',
  'invoice_prefix',
  'invoice_settings',
  'metadata',
  'name',
  'next_invoice_sequence',
  'payment_method',
  'phone',
  'preferred_locales',
  'shipping',
  'source',
  'tax',
  'tax_exempt',
  'tax_id_data',
  'test_clock',
  'validate',
]

const PRODUCT_PARAMS = [
  'active',
  'default_price',
  'default_price_data',
  'description',
  'id',
  'images',
  'marketing_features',
  'metadata',
  'name',
  'package_dimensions',
  'shippable',
  'statement_descriptor',
  'tax_code',
  'tax_details',
  'type',
  'unit_label',
  'url',
]

const PRICE_CREATE_PARAMS = [
  'active',
  'billing_scheme',
  'currency',
  'currency_options',
  'custom_unit_amount',
  'lookup_key',
  'metadata',
  'nickname',
  'product',
  'product_data',
  'recurring',
  'tax_behavior',
  'tiers',
  'tiers_mode',
  'transfer_lookup_key',
  'transform_quantity',
  'unit_amount',
  'unit_amount_decimal',
]

const PRICE_UPDATE_PARAMS = [
  'active',
  'currency_options',
  'lookup_key',
  'metadata',
  'nickname',
  'tax_behavior',
  'transfer_lookup_key',
]

const INTERVALS = ['day', 'week', 'month', 'year'] as const

export const catalogRoutes = [
  route('POST', '/v1/customers', ({ params, store, account }) => {
    params.onlyKnown(CUSTOMER_PARAMS)
    return store.save(store.customers, applyCustomerParams(newCustomer(), params), account)
  }),
  route('GET', '/v1/customers', ({ params, store, account }) => {
    params.onlyKnown([...PAGINATION_PARAMS, 'created', 'email', 'test_clock'])
    const email = params.string('email')
    const customers = store
      .visible(store.customers, account)
      .filter((customer) => !email || customer.email === email)
    return paginate(customers, params, '/v1/customers')
  }),
  route('GET', '/v1/customers/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    return store.retrieve(store.customers, 'customer', path.id, account)
  }),
  route('POST', '/v1/customers/:id', ({ params, path, store, account }) => {
    params.onlyKnown(
      CUSTOMER_PARAMS.filter(
        (name) => !['payment_method', 'tax_id_data', 'test_clock'].includes(name)
      )
    )
    return applyCustomerParams(
      store.retrieve(store.customers, 'customer', path.id, account),
      params
    )
  }),

  route('POST', '/v1/products', ({ params, store, account }) => {
    params.onlyKnown(PRODUCT_PARAMS.filter((name) => name !== 'default_price'))
    const id = params.string('id')
    if (id && store.lookup(id, account)) {
      throw invalidRequest('Product already exists.', {
        code: 'resource_already_exists',
        param: 'id',
      })
    }
    const product = newProduct(params.requiredString('name'), id)
    applyProductParams(product, params)
    const priceData = params.child('default_price_data')
    if (priceData) {
      const price = store.save(store.prices, buildPrice(priceData, product.id), account)
      product.default_price = price.id
    }
    return store.save(store.products, product, account)
  }),
  route('GET', '/v1/products', ({ params, store, account }) => {
    params.onlyKnown([...PAGINATION_PARAMS, 'active', 'created', 'ids', 'shippable', 'type', 'url'])
    const active = params.boolean('active')
    const ids = params.stringList('ids')
    const products = store
      .visible(store.products, account)
      .filter(
        (product) =>
          (active === undefined || product.active === active) &&
          (ids.length === 0 || ids.includes(product.id))
      )
    return paginate(products, params, '/v1/products')
  }),
  route('GET', '/v1/products/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    return store.retrieve(store.products, 'product', path.id, account)
  }),
  route('POST', '/v1/products/:id', ({ params, path, store, account }) => {
    params.onlyKnown(
      PRODUCT_PARAMS.filter((name) => !['id', 'default_price_data', 'type'].includes(name))
    )
    const product = store.retrieve(store.products, 'product', path.id, account)
    const name = params.string('name')
    if (name !== undefined) {
      product.name = params.requiredString('name')
    }
    const defaultPrice = params.nullableString('default_price')
    if (defaultPrice) {
      const price = store.reference(store.prices, 'price', defaultPrice, account, 'default_price')
      if (price.product !== product.id) {
        throw params.invalid('default_price', 'The default price must belong to this product.')
      }
    }
    if (defaultPrice !== undefined) {
      product.default_price = defaultPrice
    }
    applyProductParams(product, params)
    product.updated = unixNow()
    return product
  }),

  route('POST', '/v1/prices', (call) => {
    const { params, store, account } = call
    params.onlyKnown(PRICE_CREATE_PARAMS)
    const productId = params.string('product')
    const productData = params.child('product_data')
    if (!productId && !productData) {
      throw params.missing('product')
    }
    const product = productId
      ? store.reference(store.products, 'product', productId, account, 'product')
      : newProduct(productData!.requiredString('name'))
    const price = applyPriceParams(buildPrice(params, product.id), call)
    if (!productId) {
      store.save(store.products, product, account)
    }
    return store.save(store.prices, price, account)
  }),
  route('GET', '/v1/prices', ({ params, store, account }) => {
    params.onlyKnown([
      ...PAGINATION_PARAMS,
      'active',
      'created',
      'currency',
      'lookup_keys',
      'product',
      'recurring',
      'type',
    ])
    const active = params.boolean('active')
    const currency = params.string('currency')
    const product = params.string('product')
    const type = params.oneOf('type', ['one_time', 'recurring'])
    const lookupKeys = params.stringList('lookup_keys')
    const prices = store
      .visible(store.prices, account)
      .filter(
        (price) =>
          (active === undefined || price.active === active) &&
          (!currency || price.currency === currency) &&
          (!product || price.product === product) &&
          (!type || price.type === type) &&
          (lookupKeys.length === 0 || lookupKeys.includes(price.lookup_key ?? ''))
      )
    return paginate(prices, params, '/v1/prices')
  }),
  route('GET', '/v1/prices/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    return store.retrieve(store.prices, 'price', path.id, account)
  }),
  route('POST', '/v1/prices/:id', (call) => {
    const { params, path, store, account } = call
    params.onlyKnown(PRICE_UPDATE_PARAMS)
    return applyPriceParams(store.retrieve(store.prices, 'price', path.id, account), call)
  }),
]

function applyCustomerParams(customer: FakeCustomer, params: ParamReader) {
  for (const field of ['email', 'name', 'description', 'phone'] as const) {
    const value = params.nullableString(field)
    if (value !== undefined) {
      customer[field] = value
    }
  }
  const address = params.child('address')
  if (address) {
    customer.address = {
      city: null,
      country: null,
      line1: null,
      line2: null,
      postal_code: null,
      state: null,
      ...address.values,
    }
  }
  if (params.has('preferred_locales')) {
    customer.preferred_locales = params.stringList('preferred_locales')
  }
  const defaultPaymentMethod = params
    .child('invoice_settings')
    ?.nullableString('default_payment_method')
  if (defaultPaymentMethod !== undefined) {
    customer.invoice_settings.default_payment_method = defaultPaymentMethod
  }
  customer.metadata = params.metadata(customer.metadata)
  return customer
}

function applyProductParams(product: FakeProduct, params: ParamReader) {
  product.active = params.boolean('active') ?? product.active
  for (const field of ['description', 'statement_descriptor', 'unit_label', 'url'] as const) {
    const value = params.nullableString(field)
    if (value !== undefined) {
      product[field] = value
    }
  }
  if (params.has('images')) {
    product.images = params.stringList('images')
  }
  product.metadata = params.metadata(product.metadata)
}

/** A price from `currency`, `unit_amount` and `recurring` parameters (as in `price_data`). */
export function buildPrice(params: ParamReader, productId: string): FakePrice {
  const currency = params.requiredString('currency').toLowerCase()
  const decimal = params.string('unit_amount_decimal')
  const unitAmount =
    params.integer('unit_amount') ?? (decimal ? Math.round(Number(decimal)) : undefined)
  if (unitAmount === undefined) {
    throw params.missing('unit_amount')
  }
  if (unitAmount < 0) {
    throw params.invalid('unit_amount', 'This value must be greater than or equal to 0.')
  }
  const recurring = params.child('recurring')
  return newPrice({
    product: productId,
    currency,
    unitAmount,
    recurring: recurring ? buildRecurring(recurring) : null,
  })
}

function buildRecurring(params: ParamReader): FakeRecurring {
  const interval = params.oneOf('interval', INTERVALS)
  if (!interval) {
    throw params.missing('interval')
  }
  const intervalCount = params.integer('interval_count') ?? 1
  if (intervalCount < 1) {
    throw params.invalid('interval_count', 'Invalid interval_count: must be at least 1')
  }
  return {
    interval,
    interval_count: intervalCount,
    meter: null,
    trial_period_days: null,
    usage_type: params.oneOf('usage_type', ['licensed', 'metered']) ?? 'licensed',
  }
}

function applyPriceParams(price: FakePrice, { params, store, account }: StripeCall) {
  price.active = params.boolean('active') ?? price.active
  const nickname = params.nullableString('nickname')
  if (nickname !== undefined) {
    price.nickname = nickname
  }
  price.tax_behavior =
    params.oneOf('tax_behavior', ['exclusive', 'inclusive', 'unspecified']) ?? price.tax_behavior
  const lookupKey = params.nullableString('lookup_key')
  if (lookupKey) {
    claimLookupKey(store, account, price, lookupKey, params.boolean('transfer_lookup_key') ?? false)
  }
  if (lookupKey !== undefined) {
    price.lookup_key = lookupKey
  }
  price.metadata = params.metadata(price.metadata)
  return price
}

function claimLookupKey(
  store: StripeStore,
  account: string | undefined,
  price: FakePrice,
  lookupKey: string,
  transfer: boolean
) {
  const holder = store
    .visible(store.prices, account)
    .find((other) => other.lookup_key === lookupKey)
  if (!holder || holder.id === price.id) {
    return
  }
  if (!transfer) {
    throw invalidRequest(`A price (\`${holder.id}\`) already uses that lookup key.`, {
      param: 'lookup_key',
    })
  }
  holder.lookup_key = null
}

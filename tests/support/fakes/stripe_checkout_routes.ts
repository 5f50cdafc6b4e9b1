import { buildPrice } from './stripe_catalog_routes.js'
import { newId, newProduct, unixNow } from './stripe_objects.js'
import { invalidRequest, type ParamReader } from './stripe_params.js'
import { PAGINATION_PARAMS, paginate, route, type StripeCall } from './stripe_router.js'
import type { StripeStore } from './stripe_store.js'
import type {
  FakeCheckoutSession,
  FakeLineItem,
  FakePrice,
  FakeProduct,
  Metadata,
} from './stripe_types.js'

const SESSION_CREATE_PARAMS = [
  'adaptive_pricing',
  'after_expiration',
  'allow_promotion_codes',
  'allowed_payment_method_types',
  'automatic_tax',
  'billing_address_collection',
  'branding_settings',
  'cancel_url',
  'client_reference_id',
  'consent_collection',
  'currency',
  'custom_fields',
  'custom_text',
  'customer',
  'customer_account',
  'customer_creation',
  'customer_email',
  'customer_update',
  'discounts',
  'excluded_payment_method_types',
  'expires_at',
  'integration_identifier',
  'invoice_creation',
  'line_items',
  'locale',
  'managed_payments',
  'metadata',
  'mode',
  'name_collection',
  'optional_items',
  'origin_context',
  'payment_intent_data',
  'payment_method_collection',
  'payment_method_configuration',
  'payment_method_data',
  'payment_method_options',
  'permissions',
  'phone_number_collection',
  'redirect_on_completion',
  'return_url',
  'saved_payment_method_options',
  'setup_intent_data',
  'shipping_address_collection',
  'shipping_options',
  'submit_type',
  'subscription_data',
  'success_url',
  'tax_id_collection',
  'ui_mode',
  'wallet_options',
]

const PORTAL_SESSION_PARAMS = [
  'configuration',
  'customer',
  'customer_account',
  'flow_data',
  'locale',
  'on_behalf_of',
  'return_url',
]

const MIN_EXPIRY_SECONDS = 30 * 60
const MAX_EXPIRY_SECONDS = 24 * 60 * 60

export const checkoutRoutes = [
  route('POST', '/v1/checkout/sessions', createCheckoutSession),
  route('GET', '/v1/checkout/sessions/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    return store.retrieve(store.checkoutSessions, 'checkout.session', path.id, account)
  }),
  route('GET', '/v1/checkout/sessions/:id/line_items', ({ params, path, store, account }) => {
    params.onlyKnown([...PAGINATION_PARAMS])
    store.retrieve(store.checkoutSessions, 'checkout.session', path.id, account)
    const lineItems = store.checkoutDetails.get(path.id)!.lineItems
    return paginate(lineItems, params, `/v1/checkout/sessions/${path.id}/line_items`)
  }),
  route('POST', '/v1/checkout/sessions/:id/expire', ({ params, path, store, account }) => {
    params.onlyKnown([])
    const session = store.retrieve(store.checkoutSessions, 'checkout.session', path.id, account)
    if (session.status !== 'open') {
      throw invalidRequest(
        `Only Checkout Sessions with a status in ["open"] can be expired. This session has status "${session.status}".`
      )
    }
    session.status = 'expired'
    session.url = null
    return session
  }),

  route('POST', '/v1/billing_portal/sessions', ({ params, store, account }) => {
    params.onlyKnown(PORTAL_SESSION_PARAMS)
    const customer = params.requiredString('customer')
    store.reference(store.customers, 'customer', customer, account, 'customer')
    const id = newId('bps')
    return store.save(
      store.billingPortalSessions,
      {
        id,
        object: 'billing_portal.session',
        configuration: params.string('configuration') ?? 'bpc_fake_default',
        created: unixNow(),
        customer,
        flow: null,
        livemode: false,
        locale: params.string('locale') ?? null,
        on_behalf_of: params.string('on_behalf_of') ?? null,
        return_url: params.string('return_url') ?? null,
        url: `${store.baseUrl}/billing_portal/${id}`,
      },
      account
    )
  }),
]

function createCheckoutSession({ params, store, account }: StripeCall) {
  params.onlyKnown(SESSION_CREATE_PARAMS)
  const mode = params.oneOf('mode', ['payment', 'setup', 'subscription'])
  if (!mode) {
    throw params.missing('mode')
  }
  if (mode === 'setup') {
    throw params.invalid(
      'mode',
      'The fake Stripe server supports `payment` and `subscription` mode only.'
    )
  }
  const customer = params.string('customer') ?? null
  const customerEmail = params.string('customer_email') ?? null
  if (customer && customerEmail) {
    throw invalidRequest(
      'You may only specify one of these parameters: customer, customer_email.',
      {
        param: 'customer_email',
      }
    )
  }
  if (customer) {
    store.reference(store.customers, 'customer', customer, account, 'customer')
  }
  const paymentIntentData = params.child('payment_intent_data')
  const subscriptionData = params.child('subscription_data')
  const customerCreation = params.oneOf('customer_creation', ['always', 'if_required'])
  rejectOtherModeParams(params, mode)

  const lineItems = params.list('line_items')
  if (lineItems.length === 0) {
    throw params.missing('line_items')
  }
  const newProducts: FakeProduct[] = []
  const prices = lineItems.map((item) => linePrice(item, store, account, newProducts))
  checkPricesFitMode(prices, mode)

  const trialPeriodDays = subscriptionData?.integer('trial_period_days') ?? null
  if (trialPeriodDays !== null && trialPeriodDays < 1) {
    throw subscriptionData!.invalid('trial_period_days', 'The trial period must be at least 1 day.')
  }
  const now = unixNow()
  const expiresAt = params.integer('expires_at') ?? now + MAX_EXPIRY_SECONDS
  if (expiresAt < now + MIN_EXPIRY_SECONDS || expiresAt > now + MAX_EXPIRY_SECONDS) {
    throw params.invalid(
      'expires_at',
      'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.'
    )
  }

  const productName = (id: string) =>
    (store.products.get(id) ?? newProducts.find((product) => product.id === id))?.name ?? ''
  const items = lineItems.map((item, index) =>
    lineItem(prices[index], item.integer('quantity')!, productName(prices[index].product))
  )
  // During a trial only one-time prices are due at checkout.
  const amountTotal = items
    .filter((item) => !trialPeriodDays || !item.price.recurring)
    .reduce((sum, item) => sum + item.amount_total, 0)
  const id = newId('cs_test', 58)
  const session: FakeCheckoutSession = {
    id,
    object: 'checkout.session',
    amount_subtotal: amountTotal,
    amount_total: amountTotal,
    cancel_url: params.string('cancel_url') ?? null,
    client_reference_id: params.string('client_reference_id') ?? null,
    created: now,
    currency: prices[0].currency,
    customer,
    customer_creation: mode === 'payment' ? (customerCreation ?? 'if_required') : null,
    customer_details: null,
    customer_email: customerEmail,
    expires_at: expiresAt,
    invoice: null,
    livemode: false,
    locale: params.string('locale') ?? null,
    metadata: params.metadata(),
    mode,
    payment_intent: null,
    payment_status: 'unpaid',
    status: 'open',
    subscription: null,
    success_url: params.string('success_url') ?? null,
    ui_mode: 'hosted',
    url: `${store.baseUrl}/pay/${id}`,
  }
  for (const product of newProducts) {
    store.save(store.products, product, account)
  }
  for (const price of prices) {
    if (!store.prices.has(price.id)) {
      store.save(store.prices, price, account)
    }
  }
  store.checkoutDetails.set(id, {
    lineItems: items,
    paymentIntentMetadata: readMetadata(paymentIntentData),
    subscriptionMetadata: readMetadata(subscriptionData),
    trialPeriodDays,
  })
  return store.save(store.checkoutSessions, session, account)
}

function lineItem(price: FakePrice, quantity: number, description: string): FakeLineItem {
  const amount = price.unit_amount * quantity
  return {
    id: newId('li'),
    object: 'item',
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: 0,
    amount_total: amount,
    currency: price.currency,
    description,
    metadata: {},
    price: structuredClone(price),
    quantity,
  }
}

function rejectOtherModeParams(params: ParamReader, mode: 'payment' | 'subscription') {
  const onlyIn: Record<string, 'payment' | 'subscription'> = {
    customer_creation: 'payment',
    payment_intent_data: 'payment',
    subscription_data: 'subscription',
  }
  for (const [name, allowedMode] of Object.entries(onlyIn)) {
    if (params.has(name) && mode !== allowedMode) {
      throw params.invalid(name, `You can not pass \`${name}\` in \`${mode}\` mode.`)
    }
  }
}

/**
 * The existing price a line item names, or a new one from its `price_data`
 * (saved by the caller once the whole request is valid, with any product
 * pushed to `newProducts`).
 */
function linePrice(
  item: ParamReader,
  store: StripeStore,
  account: string | undefined,
  newProducts: FakeProduct[]
): FakePrice {
  item.onlyKnown([
    'adjustable_quantity',
    'dynamic_tax_rates',
    'metadata',
    'price',
    'price_data',
    'quantity',
    'tax_rates',
  ])
  const quantity = item.integer('quantity')
  if (quantity === undefined) {
    throw invalidRequest(`Quantity is required. Add \`quantity\` to \`${item.prefix}\``, {
      param: item.name('quantity'),
    })
  }
  if (quantity < 1) {
    throw item.invalid('quantity', 'Quantity must be at least 1.')
  }
  const priceId = item.string('price')
  if (priceId) {
    const price = store.reference(store.prices, 'price', priceId, account, item.name('price'))
    if (!price.active) {
      throw item.invalid(
        'price',
        'The price specified is inactive. This field only accepts active prices.'
      )
    }
    return price
  }
  const priceData = item.child('price_data')
  if (!priceData) {
    throw item.missing('price')
  }
  const productId = priceData.string('product')
  const productData = priceData.child('product_data')
  if (productId) {
    store.reference(store.products, 'product', productId, account, priceData.name('product'))
  } else if (!productData) {
    throw priceData.missing('product')
  }
  let product = productId
  if (!product) {
    const created = newProduct(productData!.requiredString('name'))
    created.active = false
    newProducts.push(created)
    product = created.id
  }
  const price = buildPrice(priceData, product)
  price.active = false
  return price
}

function checkPricesFitMode(prices: FakePrice[], mode: 'payment' | 'subscription') {
  if (mode === 'subscription' && !prices.some((price) => price.recurring)) {
    throw invalidRequest(
      'You must provide at least one recurring price in `subscription` mode when using prices.',
      { param: 'line_items' }
    )
  }
  if (mode === 'payment' && prices.some((price) => price.recurring)) {
    throw invalidRequest(
      'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.',
      { param: 'line_items' }
    )
  }
  if (new Set(prices.map((price) => price.currency)).size > 1) {
    throw invalidRequest('All line items must use the same currency.', { param: 'line_items' })
  }
}

function readMetadata(params: ParamReader | undefined): Metadata {
  return params ? params.metadata() : {}
}

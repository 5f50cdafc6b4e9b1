import Stripe from 'stripe'
import { newId, unixNow } from './stripe_objects.js'
import { resourceMissing } from './stripe_params.js'
import type {
  CheckoutSessionDetails,
  FakeAccount,
  FakeAccountLink,
  FakeBillingPortalSession,
  FakeCharge,
  FakeCheckoutSession,
  FakeCustomer,
  FakeEvent,
  FakeInvoice,
  FakePaymentIntent,
  FakePrice,
  FakeProduct,
  FakeRefund,
  FakeSubscription,
} from './stripe_types.js'

interface StoredObject {
  id: string
  object: string
}

/**
 * Everything the fake Stripe account holds. Objects created under a
 * `Stripe-Account` header belong to that connected account and are
 * invisible to the platform, and the other way round, as in Stripe.
 */
export class StripeStore {
  readonly customers = new Map<string, FakeCustomer>()
  readonly products = new Map<string, FakeProduct>()
  readonly prices = new Map<string, FakePrice>()
  readonly checkoutSessions = new Map<string, FakeCheckoutSession>()
  readonly checkoutDetails = new Map<string, CheckoutSessionDetails>()
  readonly billingPortalSessions = new Map<string, FakeBillingPortalSession>()
  readonly subscriptions = new Map<string, FakeSubscription>()
  readonly invoices = new Map<string, FakeInvoice>()
  readonly paymentIntents = new Map<string, FakePaymentIntent>()
  readonly charges = new Map<string, FakeCharge>()
  readonly refunds = new Map<string, FakeRefund>()
  readonly accounts = new Map<string, FakeAccount>()
  readonly accountLinks: FakeAccountLink[] = []
  readonly events = new Map<string, FakeEvent>()

  private readonly byId = new Map<string, StoredObject>()
  private readonly owners = new Map<string, string>()
  /** Each object as the last event (or its creation) showed it: the source of `previous_attributes`. */
  private readonly snapshots = new Map<string, StoredObject>()
  private invoiceCount = 0

  constructor(readonly baseUrl: string) {}

  save<T extends StoredObject>(collection: Map<string, T>, object: T, account?: string): T {
    collection.set(object.id, object)
    this.byId.set(object.id, object)
    if (account) {
      this.owners.set(object.id, account)
    }
    this.snapshots.set(object.id, structuredClone(object))
    return object
  }

  ownerOf(id: string) {
    return this.owners.get(id)
  }

  lookup(id: string, account: string | undefined): StoredObject | undefined {
    const object = this.byId.get(id)
    return object && this.owners.get(id) === account ? object : undefined
  }

  /** The object a URL names, or Stripe's 404. */
  retrieve<T>(collection: Map<string, T>, kind: string, id: string, account: string | undefined) {
    const object = collection.get(id)
    if (!object || this.owners.get(id) !== account) {
      throw resourceMissing(kind, id, 'id', 404)
    }
    return object
  }

  /** The object a parameter refers to, or Stripe's 400 naming that parameter. */
  reference<T>(
    collection: Map<string, T>,
    kind: string,
    id: string,
    account: string | undefined,
    param: string
  ) {
    const object = collection.get(id)
    if (!object || this.owners.get(id) !== account) {
      throw resourceMissing(kind, id, param)
    }
    return object
  }

  /** The objects `account` can see, newest first. */
  visible<T extends StoredObject>(collection: Map<string, T>, account: string | undefined) {
    return [...collection.values()]
      .filter((object) => this.owners.get(object.id) === account)
      .reverse()
  }

  nextInvoiceNumber(customer: FakeCustomer | undefined) {
    this.invoiceCount++
    return `${customer?.invoice_prefix ?? 'FAKE'}-${String(this.invoiceCount).padStart(4, '0')}`
  }

  emit<T extends StoredObject>(type: string, object: T, account = this.ownerOf(object.id)) {
    const previous = this.snapshots.get(object.id)
    const event: FakeEvent<T> = {
      id: newId('evt'),
      object: 'event',
      ...(account ? { account } : {}),
      api_version: Stripe.API_VERSION,
      created: unixNow(),
      data: {
        object: structuredClone(object),
        ...(type.endsWith('.updated') && previous
          ? { previous_attributes: changedFields(previous, object) }
          : {}),
      },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    }
    this.snapshots.set(object.id, structuredClone(object))
    this.save(this.events, event, account)
    return event
  }
}

function changedFields(before: object, after: object) {
  const previous: Record<string, unknown> = {}
  const old = before as Record<string, unknown>
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(old[key]) !== JSON.stringify(value)) {
      previous[key] = old[key] ?? null
    }
  }
  return previous
}

import { list } from './stripe_objects.js'
import { invalidRequest } from './stripe_params.js'
import type { StripeStore } from './stripe_store.js'

/**
 * Applies `expand[]` to a response (which must be a copy): each dotted path
 * replaces an id with the object it names, `data.` reaches into lists, and
 * a Checkout Session gains its `line_items`, as in Stripe.
 */
export function expandResponse(
  response: object,
  paths: string[],
  store: StripeStore,
  account: string | undefined
) {
  for (const path of paths) {
    expandPath(response, path.split('.'), store, account)
  }
}

function expandPath(
  target: unknown,
  segments: string[],
  store: StripeStore,
  account: string | undefined
) {
  if (segments.length === 0 || target === null || typeof target !== 'object') {
    return
  }
  if (Array.isArray(target)) {
    for (const element of target) {
      expandPath(element, segments, store, account)
    }
    return
  }
  const [key, ...rest] = segments
  const record = target as Record<string, unknown>
  if (record.object === 'checkout.session' && key === 'line_items') {
    const lineItems = store.checkoutDetails.get(String(record.id))?.lineItems ?? []
    record.line_items = list(
      structuredClone(lineItems),
      `/v1/checkout/sessions/${record.id}/line_items`
    )
  } else if (!(key in record)) {
    throw invalidRequest(`This property cannot be expanded (${key}).`, { param: 'expand' })
  } else if (typeof record[key] === 'string') {
    const found = store.lookup(record[key], account)
    if (found) {
      record[key] = structuredClone(found)
    }
  }
  expandPath(record[key], rest, store, account)
}

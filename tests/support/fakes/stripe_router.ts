import type { ParamReader } from './stripe_params.js'
import type { StripeStore } from './stripe_store.js'
import type { FakeList } from './stripe_types.js'

export interface StripeCall {
  params: ParamReader
  path: Record<string, string>
  /** The connected account named by the `Stripe-Account` header. */
  account: string | undefined
  store: StripeStore
}

export type StripeHandler = (call: StripeCall) => object

export interface StripeRoute {
  method: string
  pattern: RegExp
  handler: StripeHandler
}

/** `template` is a path such as `/v1/customers/:id`. */
export function route(method: string, template: string, handler: StripeHandler): StripeRoute {
  const pattern = new RegExp(`^${template.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`)
  return { method, pattern, handler }
}

export function findRoute(routes: StripeRoute[], method: string, path: string) {
  for (const candidate of routes) {
    const match = candidate.method === method ? candidate.pattern.exec(path) : null
    if (match) {
      return { handler: candidate.handler, path: { ...match.groups } }
    }
  }
  return undefined
}

export const PAGINATION_PARAMS = ['limit', 'starting_after', 'ending_before'] as const

/** A page of `items` (newest first) following Stripe's cursor parameters. */
export function paginate<T extends { id: string }>(
  items: T[],
  params: ParamReader,
  url: string
): FakeList<T> {
  const limit = params.integer('limit') ?? 10
  if (limit < 1 || limit > 100) {
    throw params.invalid('limit', 'Invalid limit: must be between 1 and 100')
  }
  let start = 0
  let end = items.length
  const after = params.string('starting_after')
  const before = params.string('ending_before')
  if (after) {
    start = items.findIndex((item) => item.id === after) + 1
  } else if (before) {
    end = Math.max(
      items.findIndex((item) => item.id === before),
      0
    )
    start = Math.max(end - limit, 0)
  }
  const page = items.slice(start, Math.min(start + limit, end))
  const hasMore = before && !after ? start > 0 : start + page.length < end
  return { object: 'list', data: page, has_more: hasMore, url }
}

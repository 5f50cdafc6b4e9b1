import type { IncomingMessage, ServerResponse } from 'node:http'
import Stripe from 'stripe'
import { headerValue, sendJson, startLocalServer } from './http_server.js'
import { billingRoutes } from './stripe_billing_routes.js'
import { catalogRoutes } from './stripe_catalog_routes.js'
import { checkoutRoutes } from './stripe_checkout_routes.js'
import { connectRoutes } from './stripe_connect_routes.js'
import { eventRoutes } from './stripe_event_routes.js'
import { expandResponse } from './stripe_expand.js'
import { newAccount, newId } from './stripe_objects.js'
import {
  invalidRequest,
  ParamReader,
  parseForm,
  StripeApiError,
  type Params,
  type StripeErrorBody,
} from './stripe_params.js'
import { paymentRoutes } from './stripe_payment_routes.js'
import { findRoute } from './stripe_router.js'
import {
  advanceSubscriptionPeriod,
  completeCheckout,
  invoiceEvent,
  setAccountStatus,
  subscriptionEvent,
  type AccountStatus,
  type InvoiceEventType,
  type SubscriptionEventType,
} from './stripe_simulations.js'
import { StripeStore } from './stripe_store.js'
import type { FakeAccount } from './stripe_types.js'
import { deliverWebhook, signatureHeader, signedWebhook } from './stripe_webhooks.js'

export type * from './stripe_types.js'
export type { AccountStatus, InvoiceEventType, SubscriptionEventType }
export type { SignedWebhook } from './stripe_webhooks.js'

export interface FakeStripeOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** When given, only this API key is accepted; otherwise any `sk_test_`/`rk_test_` key is. */
  secretKey?: string
  webhookSecret?: string
}

export interface RecordedStripeRequest {
  method: string
  path: string
  query: Params
  body: Params
  headers: { idempotencyKey?: string; stripeAccount?: string }
  status?: number
  /** True when the answer was the stored response to an earlier request with the same Idempotency-Key. */
  replayed: boolean
}

interface PlannedFailure {
  method?: string
  path: string
  status: number
  error: StripeErrorBody
}

interface IdempotentRequest {
  method: string
  path: string
  body: string
}

interface IdempotentAnswer extends IdempotentRequest {
  payload: unknown
}

const ROUTES = [
  ...catalogRoutes,
  ...checkoutRoutes,
  ...billingRoutes,
  ...paymentRoutes,
  ...connectRoutes,
  ...eventRoutes,
]

/** Where the URLs the fake hands out (Checkout, portal, onboarding, invoices) lead. */
const HOSTED_PAGE = /^\/(pay|billing_portal|connect|invoices)\//

const DEFAULT_ERROR_TYPES: Record<number, string> = {
  401: 'invalid_request_error',
  402: 'card_error',
  409: 'idempotency_error',
  429: 'rate_limit_error',
}

/**
 * A local, in-memory Stripe API for the real `stripe` SDK: the same
 * routes, form encoding, object shapes, errors and idempotency rules, plus
 * helpers that play the part of Stripe (a buyer paying, a renewal, a failing
 * card) and sign the resulting webhooks.
 */
export async function startStripeServer(options: FakeStripeOptions = {}) {
  const webhookSecret = options.webhookSecret ?? 'whsec_fake_stripe_secret'
  const requests: RecordedStripeRequest[] = []
  const failures: PlannedFailure[] = []
  const idempotentAnswers = new Map<string, IdempotentAnswer>()
  const server = await startLocalServer(options.port ?? 0, handle)
  const store = new StripeStore(server.url)

  function handle(request: IncomingMessage, response: ServerResponse, rawBody: string) {
    const url = new URL(request.url ?? '/', server.url)
    const method = request.method ?? 'GET'
    if (method === 'GET' && HOSTED_PAGE.test(url.pathname)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(
        `<!doctype html><title>Fake Stripe</title><p>${url.pathname.replace(/[<>&"]/g, '')}</p>`
      )
      return
    }
    const account = headerValue(request, 'stripe-account')
    const recorded: RecordedStripeRequest = {
      method,
      path: url.pathname,
      query: parseForm(url.search.slice(1)),
      body: parseForm(rawBody),
      headers: { idempotencyKey: headerValue(request, 'idempotency-key'), stripeAccount: account },
      replayed: false,
    }
    requests.push(recorded)
    const answer = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      recorded.status = status
      sendJson(response, status, payload, { 'request-id': newId('req', 14), ...headers })
    }

    try {
      authenticate(request)
      if (account && !store.accounts.has(account)) {
        throw invalidRequest(
          `The provided key does not have access to account '${account}' (or that account does not exist).`,
          { code: 'account_invalid' },
          403
        )
      }
      const failure = takeFailure(method, url.pathname)
      if (failure) {
        return answer(failure.status, { error: failure.error })
      }
      const idempotencyKey = method === 'POST' ? recorded.headers.idempotencyKey : undefined
      const replayKey = idempotencyKey ? `${account ?? ''} ${idempotencyKey}` : undefined
      const stored = replayKey ? idempotentAnswers.get(replayKey) : undefined
      if (stored) {
        checkSameRequest(stored, { method, path: url.pathname, body: rawBody }, idempotencyKey!)
        recorded.replayed = true
        return answer(200, stored.payload, { 'idempotent-replayed': 'true' })
      }
      const params = method === 'POST' ? recorded.body : recorded.query
      const payload = dispatch(method, url.pathname, new ParamReader(params), account)
      if (replayKey) {
        idempotentAnswers.set(replayKey, { method, path: url.pathname, body: rawBody, payload })
      }
      answer(200, payload)
    } catch (error) {
      if (error instanceof StripeApiError) {
        return answer(error.status, { error: error.body })
      }
      console.error('Fake Stripe server failed on', method, url.pathname, error)
      answer(500, {
        error: { type: 'api_error', message: `Fake Stripe server error: ${String(error)}` },
      })
    }
  }

  function authenticate(request: IncomingMessage) {
    const key = /^Bearer (.+)$/.exec(headerValue(request, 'authorization') ?? '')?.[1]
    if (!key) {
      throw invalidRequest(
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
        {},
        401
      )
    }
    const accepted = options.secretKey ? key === options.secretKey : /^(sk|rk)_test_/.test(key)
    if (!accepted) {
      throw invalidRequest(
        `Invalid API Key provided: ${key.slice(0, 8)}****${key.slice(-4)}`,
        {},
        401
      )
    }
  }

  function dispatch(
    method: string,
    path: string,
    params: ParamReader,
    account: string | undefined
  ) {
    const found = findRoute(ROUTES, method, path)
    if (!found) {
      throw invalidRequest(
        `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
        {},
        404
      )
    }
    const result = found.handler({ params, path: found.path, account, store })
    const payload = structuredClone(result)
    expandResponse(payload, params.stringList('expand'), store, account)
    return payload
  }

  function takeFailure(method: string, path: string) {
    const index = failures.findIndex(
      (failure) => failure.path === path && (!failure.method || failure.method === method)
    )
    return index === -1 ? undefined : failures.splice(index, 1)[0]
  }

  return {
    port: server.port,
    url: server.url,
    /** What to give `new Stripe(key, { ...connection })` in the product's own configuration. */
    connection: { host: '127.0.0.1', port: server.port, protocol: 'http' as const },
    webhookSecret,
    /** Every API request received, oldest first. */
    requests,
    /** The fake's objects, by collection (`store.subscriptions.get(id)`, `store.events`...). */
    store,

    /** A real Stripe SDK client pointed at this server. */
    client(secretKey = options.secretKey ?? 'sk_test_fake_stripe_key') {
      return new Stripe(secretKey, {
        host: '127.0.0.1',
        port: server.port,
        protocol: 'http',
        maxNetworkRetries: 0,
        telemetry: false,
      })
    },

    /** Requests whose path (and method, if given as `'POST /v1/refunds'`) match are counted. */
    requestsTo(path: string) {
      const [method, pathname] = splitRoute(path)
      return requests.filter(
        (request) => request.path === pathname && (!method || request.method === method)
      )
    },

    completeCheckout: (sessionId: string) => completeCheckout(store, sessionId),
    subscriptionEvent: (subscriptionId: string, type: SubscriptionEventType) =>
      subscriptionEvent(store, subscriptionId, type),
    invoiceEvent: (subscriptionId: string, type: InvoiceEventType) =>
      invoiceEvent(store, subscriptionId, type),
    advanceSubscriptionPeriod: (subscriptionId: string) =>
      advanceSubscriptionPeriod(store, subscriptionId),
    setAccountStatus: (accountId: string, status: AccountStatus) =>
      setAccountStatus(store, accountId, status),

    /** A connected account created directly, as if made earlier through the API. */
    addAccount(fields: Partial<Pick<FakeAccount, 'type' | 'country' | 'email' | 'metadata'>> = {}) {
      const account = newAccount(fields.type ?? 'express', fields.country ?? 'US')
      account.email = fields.email ?? null
      account.metadata = fields.metadata ?? {}
      return store.save(store.accounts, account)
    },

    /**
     * An event about a stored object, as Stripe would create it now; for
     * `*.updated` types `previous_attributes` lists what changed since the
     * object's last event.
     */
    event: <T extends { id: string; object: string }>(type: string, object: T) =>
      store.emit(type, object),

    /** The `Stripe-Signature` header for a webhook body. */
    signWebhook: (payload: string, timestamp?: number) =>
      signatureHeader(payload, webhookSecret, timestamp),

    /** The raw body and headers Stripe would POST to a webhook endpoint for `event`. */
    signedWebhook: (event: object, secret = webhookSecret, timestamp?: number) =>
      signedWebhook(event, secret, timestamp),

    /** POSTs `event`, signed, to the app's webhook endpoint at `url`; resolves to its response. */
    sendWebhook: (url: string, event: object) => deliverWebhook(url, event, webhookSecret),

    /**
     * Makes the next request to `path` (optionally `'METHOD /path'`) fail with
     * `status` and a Stripe error, without any effect.
     */
    failNext(path: string, status: number, error: Partial<StripeErrorBody> = {}) {
      const [method, pathname] = splitRoute(path)
      failures.push({
        method,
        path: pathname,
        status,
        error: {
          type:
            DEFAULT_ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error'),
          message: `Simulated failure (${status}) of ${path}`,
          ...error,
        },
      })
    },

    close: () => server.close(),
  }
}

export type FakeStripeServer = Awaited<ReturnType<typeof startStripeServer>>

/** Stripe refuses to reuse an idempotency key for a different request. */
function checkSameRequest(stored: IdempotentRequest, request: IdempotentRequest, key: string) {
  if (
    stored.method !== request.method ||
    stored.path !== request.path ||
    stored.body !== request.body
  ) {
    throw new StripeApiError(400, {
      type: 'idempotency_error',
      message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    })
  }
}

function splitRoute(route: string): [string | undefined, string] {
  const match = /^([A-Z]+) (\/.*)$/.exec(route)
  return match ? [match[1], match[2]] : [undefined, route]
}

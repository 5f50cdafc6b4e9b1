import { createHmac } from 'node:crypto'
import { unixNow } from './stripe_objects.js'

export interface SignedWebhook {
  body: string
  headers: { 'content-type': string; 'stripe-signature': string; 'user-agent': string }
}

/** The `Stripe-Signature` header Stripe sends with `payload`, signed with the endpoint secret. */
export function signatureHeader(payload: string, secret: string, timestamp = unixNow()) {
  const signature = createHmac('sha256', secret)
    .update(`${timestamp}.${payload}`, 'utf8')
    .digest('hex')
  return `t=${timestamp},v1=${signature}`
}

/** The request body and headers of Stripe's delivery of `event`. */
export function signedWebhook(event: object, secret: string, timestamp?: number): SignedWebhook {
  const body = JSON.stringify(event, null, 2)
  return {
    body,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'stripe-signature': signatureHeader(body, secret, timestamp),
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
    },
  }
}

/** POSTs `event` to a webhook endpoint the way Stripe delivers it. */
export function deliverWebhook(url: string, event: object, secret: string) {
  const { body, headers } = signedWebhook(event, secret)
  return fetch(url, { method: 'POST', headers, body })
}

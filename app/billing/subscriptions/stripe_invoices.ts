import type Stripe from 'stripe'
import { DateTime } from 'luxon'
import BillingInvoice from '#kernel/billing/models/billing_invoice'

/** The subscription an invoice bills, if any. */
export function subscriptionIdOfInvoice(invoice: Stripe.Invoice) {
  const subscription = invoice.parent?.subscription_details?.subscription
  return typeof subscription === 'string' ? subscription : (subscription?.id ?? null)
}

/**
 * Stores (or refreshes) a Stripe invoice of the current workspace. A paid
 * invoice stays paid when an older event about it arrives late.
 */
export async function storeStripeInvoice(invoice: Stripe.Invoice) {
  const existing = await BillingInvoice.findBy('stripe_invoice_id', invoice.id)
  if (existing?.status === 'paid' && invoice.status !== 'paid') {
    return existing
  }
  const fields = {
    stripeInvoiceId: invoice.id!,
    number: invoice.number ?? null,
    status: invoice.status ?? 'draft',
    currency: invoice.currency.toUpperCase(),
    amountDueMinor: invoice.amount_due,
    amountPaidMinor: invoice.amount_paid,
    hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
    invoicePdfUrl: invoice.invoice_pdf ?? null,
    periodStart: invoice.period_start ? DateTime.fromSeconds(invoice.period_start) : null,
    periodEnd: invoice.period_end ? DateTime.fromSeconds(invoice.period_end) : null,
    issuedAt: DateTime.fromSeconds(invoice.status_transitions?.finalized_at ?? invoice.created),
  }
  if (existing) {
    existing.merge(fields)
    await existing.save()
    return existing
  }
  return BillingInvoice.create(fields)
}

import type Stripe from 'stripe'
import type Subscription from '#kernel/billing/models/subscription'
import type Tenant from '#kernel/tenancy/models/tenant'
import { billingSettings } from '#kernel/billing/dunning/billing_settings'
import { PaymentFailedMail } from '#kernel/billing/dunning/mails/billing_mails'
import { mailOwners } from '#kernel/billing/dunning/notify_owners'
import { formatMoney } from '#kernel/money/money'

/** Tells the owners a payment failed, and until when everything keeps working. */
export async function notifyPaymentFailed(
  tenant: Tenant,
  subscription: Subscription,
  invoice: Stripe.Invoice
) {
  const { graceDays } = await billingSettings()
  const restrictedOn = subscription.pastDueSince!.plus({ days: graceDays }).toFormat('d LLLL yyyy')
  const amount = formatMoney(invoice.amount_due, invoice.currency.toUpperCase())
  return mailOwners((email) => new PaymentFailedMail(tenant, email, { amount, restrictedOn }))
}

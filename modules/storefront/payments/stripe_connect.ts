import type Stripe from 'stripe'
import type Tenant from '#kernel/tenancy/models/tenant'
import {
  saveShopState,
  shopSettings,
  type StripeAccountState,
} from '#modules/storefront/settings/shop_settings'
import { stripeClient } from '#kernel/stripe/stripe_client'

function stateOf(account: Stripe.Account): StripeAccountState {
  return {
    accountId: account.id,
    chargesEnabled: account.charges_enabled ?? false,
    payoutsEnabled: account.payouts_enabled ?? false,
    detailsSubmitted: account.details_submitted ?? false,
  }
}

/**
 * The link that takes the shop owner through Stripe's onboarding of the
 * workspace's own connected account (created on first use).
 */
export async function stripeOnboardingLink(
  tenant: Tenant,
  urls: { returnUrl: string; refreshUrl: string; email: string | null }
) {
  const stripe = stripeClient()
  const settings = await shopSettings()
  let accountId = settings.stripe?.accountId
  if (!accountId) {
    const account = await stripe.accounts.create(
      {
        type: 'express',
        country: tenant.country,
        email: urls.email ?? undefined,
        business_profile: { name: tenant.name },
        capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
        metadata: { tenant_id: tenant.id },
      },
      { idempotencyKey: `storefront-connect-account-${tenant.id}` }
    )
    accountId = account.id
    await saveShopState({ stripe: stateOf(account) })
  }
  const link = await stripe.accountLinks.create({
    account: accountId,
    type: 'account_onboarding',
    refresh_url: urls.refreshUrl,
    return_url: urls.returnUrl,
  })
  return link.url
}

/** Reads the connected account's state from Stripe into the shop settings. */
export async function refreshStripeAccount() {
  const settings = await shopSettings()
  if (!settings.stripe) return null
  const account = await stripeClient().accounts.retrieve(settings.stripe.accountId)
  const state = stateOf(account)
  await saveShopState({ stripe: state })
  return state
}

/** Applies an `account.updated` event to the shop that owns the account. */
export async function applyAccountUpdate(account: Stripe.Account) {
  const settings = await shopSettings()
  if (settings.stripe?.accountId !== account.id) return
  await saveShopState({ stripe: stateOf(account) })
}

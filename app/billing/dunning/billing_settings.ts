import PlatformSetting from '#kernel/billing/models/platform_setting'

export type RestrictedStorefront = 'keep_selling' | 'maintenance'

export interface BillingSettings {
  /** Days a workspace may stay past due before it is restricted. */
  graceDays: number
  /** What a restricted workspace's storefront does. */
  restrictedStorefront: RestrictedStorefront
}

export const BILLING_SETTING_DEFAULTS: BillingSettings = {
  graceDays: 7,
  restrictedStorefront: 'keep_selling',
}

/** The operator's billing settings (`platform_settings`), defaults where unset or invalid. */
export async function billingSettings(): Promise<BillingSettings> {
  const rows = await PlatformSetting.query().whereIn('key', [
    'billing.grace_days',
    'billing.restricted_storefront',
  ])
  const value = (key: string) => rows.find((row) => row.key === key)?.value
  const graceDays = Number(value('billing.grace_days'))
  const storefront = value('billing.restricted_storefront')
  return {
    graceDays:
      Number.isInteger(graceDays) && graceDays >= 0
        ? graceDays
        : BILLING_SETTING_DEFAULTS.graceDays,
    restrictedStorefront:
      storefront === 'maintenance' || storefront === 'keep_selling'
        ? storefront
        : BILLING_SETTING_DEFAULTS.restrictedStorefront,
  }
}

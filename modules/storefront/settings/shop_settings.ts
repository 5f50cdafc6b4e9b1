import { moduleSettings } from '#kernel/modules/module_lifecycle'
import TenantModule from '#kernel/modules/tenant_module'

export interface StripeAccountState {
  accountId: string
  chargesEnabled: boolean
  payoutsEnabled: boolean
  detailsSubmitted: boolean
}

export interface ShopSettings {
  pricesIncludeTax: boolean
  /** How long a checkout holds the stock it reserved. */
  reservationMinutes: number
  theme: {
    accentColor: string | null
    heroTitle: string | null
    heroText: string | null
    heroImagePath: string | null
    featuredCategoryIds: string[]
  }
  menu: { label: string; href: string }[]
  payments: {
    bankTransfer: { enabled: boolean; instructions: string | null }
    cashOnDelivery: { enabled: boolean }
  }
  stripe: StripeAccountState | null
}

const DEFAULTS: ShopSettings = {
  pricesIncludeTax: true,
  reservationMinutes: 15,
  theme: {
    accentColor: null,
    heroTitle: null,
    heroText: null,
    heroImagePath: null,
    featuredCategoryIds: [],
  },
  menu: [],
  payments: {
    bankTransfer: { enabled: false, instructions: null },
    cashOnDelivery: { enabled: false },
  },
  stripe: null,
}

/**
 * The current workspace's shop settings, defaults filled in.
 */
export async function shopSettings(): Promise<ShopSettings> {
  const saved = await moduleSettings<Partial<ShopSettings>>('storefront')
  return {
    ...DEFAULTS,
    ...saved,
    theme: { ...DEFAULTS.theme, ...saved.theme },
    payments: {
      bankTransfer: { ...DEFAULTS.payments.bankTransfer, ...saved.payments?.bankTransfer },
      cashOnDelivery: { ...DEFAULTS.payments.cashOnDelivery, ...saved.payments?.cashOnDelivery },
    },
  }
}

/**
 * Stores state the platform keeps itself (not edited through the settings
 * form), such as the connected Stripe account.
 */
export async function saveShopState(patch: Pick<Partial<ShopSettings>, 'stripe'>) {
  const row = await TenantModule.findByOrFail('module_key', 'storefront')
  row.settings = { ...row.settings, ...patch }
  await row.save()
}

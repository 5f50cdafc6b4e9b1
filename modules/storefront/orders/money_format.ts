import { fromMinor } from '#modules/storefront/catalog/money'

/** Minor units as a price for people: `formatMoney(1999, 'EUR', 'fr')` → "19,99 €". */
export function formatMoney(minor: number, currency: string, locale = 'en') {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    fromMinor(minor, currency)
  )
}

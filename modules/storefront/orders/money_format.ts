/** Minor units as a price for people: `formatMoney(1999, 'EUR', 'fr')` → "19,99 €". */
export function formatMoney(minor: number, currency: string, locale = 'en') {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    minor / 10 ** (digits ?? 2)
  )
}

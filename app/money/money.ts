/**
 * Amounts are kept in minor units (cents); these convert and format them
 * for every part of the platform (plans, shop prices, the chat's answers).
 */
const formats = new Map<string, Intl.NumberFormat>()

function formatOf(currency: string, locale = 'en') {
  const key = `${locale}:${currency}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency })
    formats.set(key, format)
  }
  return format
}

/** Digits after the decimal point in prices of this currency (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string) {
  try {
    return formatOf(currency).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** 29.5 EUR → 2950 */
export function toMinor(amount: number, currency: string) {
  return Math.round(amount * 10 ** currencyDigits(currency))
}

/** 2950 EUR → 29.5 */
export function fromMinor(minor: number, currency: string) {
  return minor / 10 ** currencyDigits(currency)
}

/** Minor units as a price for people: `formatMoney(1999, 'EUR', 'fr')` → "19,99 €". */
export function formatMoney(minor: number, currency: string, locale = 'en') {
  return formatOf(currency, locale).format(fromMinor(minor, currency))
}

const formatters = new Map<string, Intl.NumberFormat>()

// Building a formatter costs far more than formatting: a category page
// formats dozens of prices per render.
function formatterOf(currency: string) {
  let formatter = formatters.get(currency)
  if (!formatter) {
    formatter = new Intl.NumberFormat('en', { style: 'currency', currency })
    formatters.set(currency, formatter)
  }
  return formatter
}

/** How many decimals the currency's minor units have (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string) {
  return formatterOf(currency).resolvedOptions().maximumFractionDigits ?? 2
}

/** 2950 + EUR → "€29.50". */
export function formatMoney(minor: number, currency: string) {
  return formatterOf(currency).format(minor / 10 ** currencyDigits(currency))
}

/** What staff type (19.90) in minor units (1990); null when empty. */
export function toMinor(major: number | string | null | undefined, currency: string) {
  if (major === '' || major === null || major === undefined) return null
  return Math.round(Number(major) * 10 ** currencyDigits(currency))
}

export function toMajor(minor: number | null | undefined, currency: string) {
  if (minor === null || minor === undefined) return ''
  return minor / 10 ** currencyDigits(currency)
}

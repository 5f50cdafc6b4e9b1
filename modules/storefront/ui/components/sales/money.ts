function fractionDigits(currency: string) {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  )
}

export function formatMoney(minor: number, currency: string) {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(
    minor / 10 ** fractionDigits(currency)
  )
}

/** What staff type (19.90) in minor units (1990); null when empty. */
export function toMinor(major: number | string | null | undefined, currency: string) {
  if (major === '' || major === null || major === undefined) return null
  return Math.round(Number(major) * 10 ** fractionDigits(currency))
}

export function toMajor(minor: number | null | undefined, currency: string) {
  if (minor === null || minor === undefined) return ''
  return minor / 10 ** fractionDigits(currency)
}

export function currencyDigits(currency: string) {
  return fractionDigits(currency)
}

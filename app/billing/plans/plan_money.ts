/** Digits after the decimal point in prices of this currency (2 for EUR, 0 for JPY). */
export function currencyDigits(currency: string) {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    )
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

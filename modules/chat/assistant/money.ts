const formats = new Map<string, Intl.NumberFormat>()

function formatOf(currency: string) {
  let format = formats.get(currency)
  if (!format) {
    format = new Intl.NumberFormat('en', { style: 'currency', currency })
    formats.set(currency, format)
  }
  return format
}

/** Digits after the decimal point of a currency (2 for EUR, 0 for JPY). */
export function minorDigits(currency: string) {
  return formatOf(currency).resolvedOptions().maximumFractionDigits ?? 2
}

/** A price in minor units as the model and the customer read it ("€24.00"). */
export function formatPrice(minor: number, currency: string) {
  return formatOf(currency).format(minor / 10 ** minorDigits(currency))
}

const formatters = new Map<string, { format: (value: number) => string; digits: number }>()

/** Minor units shown as money in the shop's currency ("£24.00"). */
export function formatMoney(minor: number, currency: string) {
  // Building a formatter costs far more than formatting: a category page
  // formats dozens of prices per render.
  let money = formatters.get(currency)
  if (!money) {
    const formatter = new Intl.NumberFormat('en-GB', { style: 'currency', currency })
    money = {
      format: (value) => formatter.format(value),
      digits: formatter.resolvedOptions().maximumFractionDigits ?? 2,
    }
    formatters.set(currency, money)
  }
  return money.format(minor / 10 ** money.digits)
}

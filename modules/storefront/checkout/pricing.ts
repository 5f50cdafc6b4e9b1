/**
 * Order arithmetic in integer minor units: discount, shipping and tax, for
 * prices entered with tax included (the tax is the part of the price) or
 * excluded (the tax is added on top). Pure: no database, no clock.
 */

export interface PricingLine {
  key: string
  productId: string
  categoryId: string | null
  /** The category and its ancestors, when known: a category discount covers subcategories. */
  categoryIds?: string[]
  unitPriceMinor: number
  quantity: number
}

export interface PricingDiscount {
  kind: 'percentage' | 'fixed'
  /** Basis points for a percentage (1500 = 15 %), minor units when fixed. */
  value: number
  appliesTo: 'all' | 'products' | 'categories'
  productIds: string[]
  categoryIds: string[]
}

export interface PricingShipping {
  priceMinor: number
  freeOverMinor: number | null
}

export interface PricingInput {
  lines: PricingLine[]
  pricesIncludeTax: boolean
  /** Tax of the destination in basis points (2000 = 20 %); 0 when none. */
  taxRateBasisPoints: number
  discount: PricingDiscount | null
  shipping: PricingShipping | null
}

export interface PricedLine extends PricingLine {
  subtotalMinor: number
  discountMinor: number
  taxMinor: number
  /** What the customer pays for the line. */
  totalMinor: number
}

export interface PricingResult {
  lines: PricedLine[]
  subtotalMinor: number
  discountMinor: number
  shippingMinor: number
  shippingTaxMinor: number
  taxMinor: number
  totalMinor: number
}

/** Rounds half away from zero, to a whole minor unit. */
function round(value: number) {
  return Math.sign(value) * Math.round(Math.abs(value))
}

/** The tax inside (`included`) or on top of an amount. */
export function taxOf(amountMinor: number, basisPoints: number, included: boolean) {
  if (basisPoints <= 0 || amountMinor <= 0) return 0
  return included
    ? round((amountMinor * basisPoints) / (10_000 + basisPoints))
    : round((amountMinor * basisPoints) / 10_000)
}

function isEligible(line: PricingLine, discount: PricingDiscount) {
  if (discount.appliesTo === 'products') return discount.productIds.includes(line.productId)
  if (discount.appliesTo === 'categories') {
    const categories = line.categoryIds ?? (line.categoryId ? [line.categoryId] : [])
    return categories.some((id) => discount.categoryIds.includes(id))
  }
  return true
}

/**
 * Splits `total` across `weights` in proportion, in whole units that add
 * up exactly (largest remainders get the leftover units).
 */
export function allocate(total: number, weights: number[]) {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0) return weights.map(() => 0)
  const exact = weights.map((weight) => (total * weight) / sum)
  const shares = exact.map(Math.floor)
  let left = total - shares.reduce((a, b) => a + b, 0)
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of order) {
    if (left <= 0) break
    shares[index]++
    left--
  }
  return shares
}

/** How much a discount takes off the eligible lines (never more than they cost). */
export function discountAmount(lines: PricingLine[], discount: PricingDiscount) {
  const eligible = lines
    .filter((line) => isEligible(line, discount))
    .reduce((sum, line) => sum + line.unitPriceMinor * line.quantity, 0)
  const amount =
    discount.kind === 'percentage' ? round((eligible * discount.value) / 10_000) : discount.value
  return Math.max(0, Math.min(amount, eligible))
}

export function priceOrder(input: PricingInput): PricingResult {
  const subtotals = input.lines.map((line) => line.unitPriceMinor * line.quantity)
  const subtotalMinor = subtotals.reduce((a, b) => a + b, 0)

  let lineDiscounts = input.lines.map(() => 0)
  if (input.discount) {
    const amount = discountAmount(input.lines, input.discount)
    const weights = input.lines.map((line, index) =>
      isEligible(line, input.discount!) ? subtotals[index] : 0
    )
    lineDiscounts = allocate(amount, weights)
  }
  const discountMinor = lineDiscounts.reduce((a, b) => a + b, 0)

  const shipping = input.shipping
  const afterDiscount = subtotalMinor - discountMinor
  const shippingMinor =
    !shipping || (shipping.freeOverMinor !== null && afterDiscount >= shipping.freeOverMinor)
      ? 0
      : shipping.priceMinor

  const rate = input.taxRateBasisPoints
  const included = input.pricesIncludeTax
  const lines: PricedLine[] = input.lines.map((line, index) => {
    const net = subtotals[index] - lineDiscounts[index]
    const taxMinor = taxOf(net, rate, included)
    return {
      ...line,
      subtotalMinor: subtotals[index],
      discountMinor: lineDiscounts[index],
      taxMinor,
      totalMinor: included ? net : net + taxMinor,
    }
  })
  const shippingTaxMinor = taxOf(shippingMinor, rate, included)
  const taxMinor = lines.reduce((sum, line) => sum + line.taxMinor, 0) + shippingTaxMinor
  const totalMinor = included
    ? afterDiscount + shippingMinor
    : afterDiscount + shippingMinor + taxMinor

  return {
    lines,
    subtotalMinor,
    discountMinor,
    shippingMinor,
    shippingTaxMinor,
    taxMinor,
    totalMinor,
  }
}

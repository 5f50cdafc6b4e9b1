import { DateTime } from 'luxon'
import Discount from '#modules/storefront/models/discount'
import DiscountRedemption from '#modules/storefront/models/discount_redemption'
import type { PricingDiscount, PricingLine } from '#modules/storefront/checkout/pricing'
import { discountAmount } from '#modules/storefront/checkout/pricing'
import { formatMoney } from '#kernel/money/money'

export class DiscountRefused extends Error {}

export function normalizeCode(code: string) {
  return code.trim().toUpperCase()
}

export function toPricingDiscount(discount: Discount): PricingDiscount {
  return {
    kind: discount.kind,
    value: discount.value,
    appliesTo: discount.appliesTo,
    productIds: discount.productIds,
    categoryIds: discount.categoryIds,
  }
}

export interface DiscountContext {
  lines: PricingLine[]
  /** Who is buying: the per-customer limit counts earlier orders with this email. */
  email: string | null
  currency: string
  now?: DateTime
  /** Lock the code's row (placing an order), so usage limits hold under concurrency. */
  lock?: boolean
}

/**
 * The discount `code` gives this purchase, or DiscountRefused with the
 * reason a buyer can understand. Amounts compare with the subtotal as
 * entered (tax included or not, as the shop's prices are).
 */
export async function applicableDiscount(code: string, context: DiscountContext) {
  const query = Discount.query().whereRaw('upper(code) = ?', [normalizeCode(code)])
  if (context.lock) query.forUpdate()
  const discount = await query.first()
  const now = context.now ?? DateTime.now()
  if (!discount || !discount.active) {
    throw new DiscountRefused('This discount code does not exist.')
  }
  if (discount.startsAt && discount.startsAt > now) {
    throw new DiscountRefused('This discount code is not valid yet.')
  }
  if (discount.endsAt && discount.endsAt <= now) {
    throw new DiscountRefused('This discount code has expired.')
  }
  if (discount.usageLimit !== null && discount.timesUsed >= discount.usageLimit) {
    throw new DiscountRefused('This discount code has been used up.')
  }
  const subtotal = context.lines.reduce((sum, line) => sum + line.unitPriceMinor * line.quantity, 0)
  if (discount.minimumSubtotalMinor !== null && subtotal < discount.minimumSubtotalMinor) {
    throw new DiscountRefused(
      `This code needs a subtotal of at least ${formatMoney(discount.minimumSubtotalMinor, context.currency)}.`
    )
  }
  if (discountAmount(context.lines, toPricingDiscount(discount)) === 0) {
    throw new DiscountRefused('This discount code does not apply to anything in your cart.')
  }
  if (discount.perCustomerLimit !== null && context.email) {
    const used = await DiscountRedemption.query()
      .where('discount_id', discount.id)
      .whereRaw('lower(email) = ?', [context.email.toLowerCase()])
      .count('* as total')
    if (Number(used[0].$extras.total) >= discount.perCustomerLimit) {
      throw new DiscountRefused('You have already used this discount code.')
    }
  }
  return discount
}

/** Counts one use of the code by this order (limits are checked first, under lock). */
export async function redeemDiscount(discount: Discount, orderId: string, email: string) {
  discount.timesUsed += 1
  await discount.save()
  await DiscountRedemption.create({ discountId: discount.id, orderId, email: email.toLowerCase() })
}

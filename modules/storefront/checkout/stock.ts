import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Checkout from '#modules/storefront/models/checkout'
import StockReservation from '#modules/storefront/models/stock_reservation'
import Variant from '#modules/storefront/models/variant'
import { CheckoutError } from '#modules/storefront/checkout/checkout_error'
import { checkLowStock } from '#modules/storefront/catalog/low_stock'

export interface StockLine {
  variantId: string
  quantity: number
}

/**
 * Variants are locked product by product, then variant by variant (the
 * row trigger also updates the product row): every transaction takes its
 * locks in the same order, so concurrent checkouts wait instead of
 * deadlocking.
 */
async function inLockOrder<T extends { variantId: string }>(lines: T[]) {
  const variants = await Variant.query()
    .whereIn(
      'id',
      lines.map((line) => line.variantId)
    )
    .preload('product')
  const byId = new Map(variants.map((variant) => [variant.id, variant]))
  return lines
    .map((line) => ({ line, variant: byId.get(line.variantId) }))
    .filter((entry): entry is { line: T; variant: Variant } => entry.variant !== undefined)
    .sort(
      (a, b) =>
        a.variant.productId.localeCompare(b.variant.productId) ||
        a.variant.id.localeCompare(b.variant.id)
    )
}

function soldOutMessage(name: string, available: number) {
  if (available <= 0) return `${name} is sold out.`
  return `Only ${available} of ${name} ${available === 1 ? 'is' : 'are'} left.`
}

/**
 * Holds stock of tracked products for a checkout. Each variant's hold is
 * one conditional update (the row lock makes concurrent holds queue up), so
 * two checkouts can never hold the same last unit; the database's check
 * constraint backs this up.
 */
export async function reserveStock(checkoutId: string, lines: StockLine[]) {
  for (const { line, variant } of await inLockOrder(lines)) {
    if (!variant.product.trackInventory) continue
    const result = await db.rawQuery(
      `update storefront_variants set stock_reserved = stock_reserved + ?
        where id = ? and stock_on_hand - stock_reserved >= ?
        returning id`,
      [line.quantity, variant.id, line.quantity]
    )
    if (result.rows.length === 0) {
      const fresh = await Variant.query().where('id', variant.id).firstOrFail()
      throw new CheckoutError(soldOutMessage(variant.product.name, fresh.available))
    }
    await StockReservation.create({
      checkoutId,
      variantId: variant.id,
      quantity: line.quantity,
    })
  }
}

async function openReservations(checkoutId: string) {
  return StockReservation.query().where('checkout_id', checkoutId).whereNull('released_at')
}

/** Gives a checkout's held stock back. */
export async function releaseStock(checkoutId: string) {
  const held = await openReservations(checkoutId)
  for (const { line } of await inLockOrder(held)) {
    await db.rawQuery(
      `update storefront_variants set stock_reserved = stock_reserved - ? where id = ?`,
      [line.quantity, line.variantId]
    )
    line.releasedAt = DateTime.now()
    await line.save()
  }
  return held
}

/**
 * The checkout became an order: its held units leave the stock for good.
 * Returns the variants whose stock changed.
 */
export async function consumeStock(checkoutId: string) {
  const held = await openReservations(checkoutId)
  for (const { line } of await inLockOrder(held)) {
    await db.rawQuery(
      `update storefront_variants
          set stock_on_hand = stock_on_hand - ?, stock_reserved = stock_reserved - ?
        where id = ?`,
      [line.quantity, line.quantity, line.variantId]
    )
    line.releasedAt = DateTime.now()
    await line.save()
  }
  return held.map((line) => line.variantId)
}

/**
 * Ends checkouts whose hold has run out (those another transaction is
 * working on are skipped) and gives their stock back. Returns how many.
 */
export async function releaseExpiredCheckouts(now = DateTime.now()) {
  const expired = await Checkout.query()
    .where('status', 'open')
    .where('reserved_until', '<=', now.toSQL()!)
    .orderBy('reserved_until')
    .forUpdate()
    .skipLocked()
    .limit(200)
  const released: string[] = []
  for (const checkout of expired) {
    const held = await releaseStock(checkout.id)
    released.push(...held.map((line) => line.variantId))
    checkout.status = 'expired'
    await checkout.save()
  }
  await checkLowStock(released)
  return expired.length
}

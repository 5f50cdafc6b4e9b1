import db from '@adonisjs/lucid/services/db'

/**
 * Puts units back on the shelf. Lines whose variant was deleted since the
 * sale have nowhere to go and are skipped.
 */
export async function restockVariants(lines: { variantId: string | null; quantity: number }[]) {
  for (const line of lines) {
    if (line.variantId && line.quantity > 0) {
      await db
        .from('storefront_variants')
        .where('id', line.variantId)
        .increment('stock_on_hand', line.quantity)
    }
  }
}

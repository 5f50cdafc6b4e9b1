import db from '@adonisjs/lucid/services/db'
import { emitEvent } from '#kernel/contracts/emit_event'
import { notifyStaff } from '#kernel/contracts/staff_notifications'
import Tenant from '#kernel/tenancy/models/tenant'
import { requireTenantId } from '#kernel/tenancy/tenant_context'

interface VariantStock {
  id: string
  title: string
  product_id: string
  product_name: string
  available: number
  threshold: number
}

/**
 * Call after anything changes the stock of these variants (an edit, an
 * import, a checkout, a refund that restocks). A variant of a product
 * that tracks inventory whose available units (on hand minus reserved)
 * are at or below the product's low-stock threshold raises one alert —
 * a staff notification and `storefront.product.low_stock` — and stays
 * quiet until its stock has gone back above the threshold. Runs in the
 * current tenant scope; returns the variants that alerted.
 */
export async function checkLowStock(variantIds: string[]): Promise<string[]> {
  if (variantIds.length === 0) {
    return []
  }
  const tenantId = requireTenantId()
  const variants: VariantStock[] = await db
    .from('storefront_variants as v')
    .join('storefront_products as p', (join) => {
      join.on('p.tenant_id', 'v.tenant_id').andOn('p.id', 'v.product_id')
    })
    .where('v.tenant_id', tenantId)
    .whereIn('v.id', [...new Set(variantIds)])
    .where('p.track_inventory', true)
    .whereNot('p.status', 'archived')
    .select(
      'v.id',
      'v.title',
      'v.product_id',
      'p.name as product_name',
      db.raw('greatest(v.stock_on_hand - v.stock_reserved, 0)::int as available'),
      'p.low_stock_threshold as threshold'
    )

  const low = variants.filter((variant) => variant.available <= variant.threshold)
  const recovered = variants.filter((variant) => variant.available > variant.threshold)
  if (recovered.length > 0) {
    await db
      .from('storefront_variants')
      .where('tenant_id', tenantId)
      .whereIn(
        'id',
        recovered.map((variant) => variant.id)
      )
      .whereNotNull('low_stock_alerted_at')
      .update({ low_stock_alerted_at: null })
  }
  if (low.length === 0) {
    return []
  }

  // Claimed atomically: of two concurrent checks, one alerts.
  const claimed: { id: string }[] = await db
    .from('storefront_variants')
    .where('tenant_id', tenantId)
    .whereIn(
      'id',
      low.map((variant) => variant.id)
    )
    .whereNull('low_stock_alerted_at')
    .update({ low_stock_alerted_at: new Date() })
    .returning('id')
  if (claimed.length === 0) {
    return []
  }

  const tenant = await Tenant.findOrFail(tenantId)
  const alerted = low.filter((variant) => claimed.some(({ id }) => id === variant.id))
  for (const variant of alerted) {
    const label =
      variant.title === 'Default'
        ? variant.product_name
        : `${variant.product_name} (${variant.title})`
    await notifyStaff({
      kind: 'storefront.low_stock',
      title: `${label} is running low`,
      body:
        variant.available === 0
          ? `${label} is out of stock.`
          : `Only ${variant.available} left of ${label} (alert at ${variant.threshold}).`,
      url: `/app/${tenant.slug}/storefront/products/${variant.product_id}/edit`,
    })
    await emitEvent('storefront.product.low_stock', {
      tenantId,
      productId: variant.product_id,
      variantId: variant.id,
      available: variant.available,
    })
  }
  return alerted.map((variant) => variant.id)
}

/** `checkLowStock` for every variant of these products. */
export async function checkLowStockOfProducts(productIds: string[]) {
  if (productIds.length === 0) {
    return []
  }
  const rows: { id: string }[] = await db
    .from('storefront_variants')
    .where('tenant_id', requireTenantId())
    .whereIn('product_id', productIds)
    .select('id')
  return checkLowStock(rows.map((row) => row.id))
}

import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import { emitEvent } from '#kernel/contracts/emit_event'
import { ActionRefused } from '#kernel/exceptions/action_refused'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Product, { type ProductStatus } from '#modules/storefront/models/product'
import Variant from '#modules/storefront/models/variant'
import { toMinor } from '#kernel/money/money'

/** The products of these ids, all of them of this workspace, or a 404. */
async function productsOf(ids: string[]) {
  const products = await Product.query().whereIn('id', ids)
  if (products.length !== ids.length) {
    throw new Exception('Some of the selected products do not exist.', {
      status: 404,
      code: 'E_ROW_NOT_FOUND',
    })
  }
  return products
}

async function announce(products: Product[]) {
  for (const product of products) {
    await emitEvent('storefront.product.updated', {
      tenantId: requireTenantId(),
      productId: product.id,
    })
  }
}

export async function bulkSetStatus(ids: string[], status: ProductStatus) {
  const products = await productsOf(ids)
  for (const product of products) {
    product.status = status
    if (status === 'active' && !product.publishedAt) {
      product.publishedAt = DateTime.now()
    }
    await product.save()
  }
  await announce(products)
  return products.length
}

/**
 * Changes the price of every variant of these products by a percentage
 * (+10 raises by 10 %) or a fixed amount in the shop's currency (-2.5
 * lowers by 2.50). Refused as a whole if any price would drop below zero.
 */
export async function bulkChangePrice(ids: string[], mode: 'percent' | 'fixed', value: number) {
  const products = await productsOf(ids)
  const variants = await Variant.query().whereIn('product_id', ids)
  const currencyOf = new Map(products.map((product) => [product.id, product.currency]))
  const changed = variants.map((variant) => ({
    variant,
    price:
      mode === 'percent'
        ? Math.round((variant.priceMinor * (100 + value)) / 100)
        : variant.priceMinor + toMinor(value, currencyOf.get(variant.productId)!),
  }))
  const negative = changed.find(({ price }) => price < 0)
  if (negative) {
    const product = products.find(({ id }) => id === negative.variant.productId)!
    throw new ActionRefused(
      `This would make the price of ${product.name} negative. Nothing was changed.`
    )
  }
  for (const { variant, price } of changed) {
    variant.priceMinor = price
    await variant.save()
  }
  await announce(products)
  return products.length
}

import { emitEvent } from '#kernel/contracts/emit_event'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import type Attribute from '#modules/storefront/models/attribute'
import Product from '#modules/storefront/models/product'

/** A product's value of the attribute, reshaped for its current type and allowed values. */
function conform(value: string | string[], attribute: Attribute) {
  const list = Array.isArray(value) ? value : [value]
  if (attribute.kind === 'text') {
    return list.join(', ') || undefined
  }
  const allowed = list.filter((item) => attribute.options.includes(item))
  if (allowed.length === 0) {
    return undefined
  }
  return attribute.kind === 'select' ? allowed[0] : allowed
}

/**
 * After an attribute's type or allowed values change, products keep only
 * values that still fit: a removed option disappears, several values
 * become one for a single choice, free text keeps them joined.
 */
export async function conformProductValues(attribute: Attribute) {
  const products = await Product.query().whereRaw('jsonb_exists(attributes, ?)', [attribute.key])
  for (const product of products) {
    const { [attribute.key]: current, ...others } = product.attributes
    const next = conform(current, attribute)
    if (JSON.stringify(next) === JSON.stringify(current)) {
      continue
    }
    product.attributes = next === undefined ? others : { ...others, [attribute.key]: next }
    await product.save()
    await emitEvent('storefront.product.updated', {
      tenantId: requireTenantId(),
      productId: product.id,
    })
  }
}

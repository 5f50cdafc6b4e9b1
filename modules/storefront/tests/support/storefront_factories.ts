import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import type Tenant from '#kernel/tenancy/models/tenant'
import { enableModule } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeWorkspace } from '#tests/support/factories'
import Category from '#modules/storefront/models/category'
import Product, { type AttributeValues } from '#modules/storefront/models/product'
import Variant from '#modules/storefront/models/variant'
import ProductOption from '#modules/storefront/models/product_option'

/** A workspace with the storefront module switched on. */
export async function makeShop(options: Parameters<typeof makeWorkspace>[0] = {}) {
  const workspace = await makeWorkspace(options)
  await withTenant(workspace.tenant.id, () => enableModule('storefront', { actor: null }))
  return workspace
}

export async function makeCategory(
  tenant: Tenant,
  fields: Partial<{ name: string; slug: string; parentId: string | null }> = {}
) {
  const name = fields.name ?? `Category ${randomUUID().slice(0, 6)}`
  return withTenant(tenant.id, () =>
    Category.create({
      name,
      slug: fields.slug ?? name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      parentId: fields.parentId ?? null,
    })
  )
}

export interface ProductFixture {
  name?: string
  slug?: string
  status?: 'draft' | 'active' | 'archived'
  priceMinor?: number
  stock?: number
  categoryId?: string | null
  attributes?: AttributeValues
  tags?: string[]
  descriptionHtml?: string
  trackInventory?: boolean
  /** Option name → values: one variant per combination, `stock` each. */
  options?: Record<string, string[]>
}

function combinations(values: string[][]): string[][] {
  return values.reduce<string[][]>(
    (all, current) => all.flatMap((prefix) => current.map((value) => [...prefix, value])),
    [[]]
  )
}

/** An active product (by default) with its variants and stock. */
export async function makeProduct(tenant: Tenant, fixture: ProductFixture = {}) {
  const name = fixture.name ?? `Product ${randomUUID().slice(0, 6)}`
  return withTenant(tenant.id, async () => {
    const product = await Product.create({
      name,
      slug:
        fixture.slug ??
        `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 4)}`,
      status: fixture.status ?? 'active',
      currency: tenant.currency,
      priceMinor: fixture.priceMinor ?? 1999,
      categoryId: fixture.categoryId ?? null,
      attributes: fixture.attributes ?? {},
      tags: fixture.tags ?? [],
      descriptionHtml: fixture.descriptionHtml ?? '<p>A product for tests.</p>',
      trackInventory: fixture.trackInventory ?? true,
      publishedAt: DateTime.now(),
    })
    const optionNames = Object.keys(fixture.options ?? {})
    for (const [position, optionName] of optionNames.entries()) {
      await ProductOption.create({
        productId: product.id,
        name: optionName,
        position,
        values: fixture.options![optionName],
      })
    }
    const rows = optionNames.length
      ? combinations(optionNames.map((optionName) => fixture.options![optionName]))
      : [[]]
    for (const [position, optionValues] of rows.entries()) {
      await Variant.create({
        productId: product.id,
        title: optionValues.length ? optionValues.join(' / ') : 'Default',
        optionValues,
        priceMinor: fixture.priceMinor ?? 1999,
        stockOnHand: fixture.stock ?? 10,
        position,
      })
    }
    await product.refresh()
    await product.load('variants', (query) => query.orderBy('position'))
    return product
  })
}

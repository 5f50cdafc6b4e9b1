import { makeShop } from '#modules/storefront/tests/support/storefront_factories'

/** A complete, valid product form submission; override fields per test. */
export function productForm(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Velvet Lip Tint',
    slug: null,
    description: '<p>A <strong>long-wearing</strong> tint.</p>',
    status: 'active',
    category_id: null,
    price: 18.5,
    compare_at_price: null,
    sku: null,
    barcode: null,
    weight_grams: 40,
    seo_title: null,
    seo_description: null,
    tags: ['lips'],
    attributes: {},
    track_inventory: true,
    low_stock_threshold: 3,
    stock: 12,
    options: [],
    variants: [],
    ...overrides,
  }
}

/** A beauty shop and the URL base of its back-office catalog. */
export async function makeCatalogShop(slug?: string) {
  const shop = await makeShop(slug ? { slug } : {})
  return { ...shop, base: `/app/${shop.tenant.slug}/storefront` }
}

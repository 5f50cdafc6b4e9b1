import Category from '#modules/storefront/models/category'
import Product from '#modules/storefront/models/product'
import ShopPage from '#modules/storefront/models/shop_page'

function escapeXml(value: string) {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Every page of the shop a search engine should know, as absolute URLs. */
export async function sitemapXml(origin: string) {
  const products = await Product.query()
    .where('status', 'active')
    .select('slug', 'updated_at')
    .orderBy('slug')
  const categories = await Category.query().select('slug', 'updated_at').orderBy('slug')
  const pages = await ShopPage.query()
    .where('published', true)
    .select('slug', 'updated_at')
    .orderBy('slug')
  const entries = [
    { loc: `${origin}/`, lastmod: null as string | null },
    ...categories.map((category) => ({
      loc: `${origin}/categories/${encodeURIComponent(category.slug)}`,
      lastmod: category.updatedAt.toISODate(),
    })),
    ...products.map((product) => ({
      loc: `${origin}/products/${encodeURIComponent(product.slug)}`,
      lastmod: product.updatedAt.toISODate(),
    })),
    ...pages.map((page) => ({
      loc: `${origin}/pages/${encodeURIComponent(page.slug)}`,
      lastmod: page.updatedAt.toISODate(),
    })),
  ]
  const urls = entries
    .map(
      (entry) =>
        `  <url><loc>${escapeXml(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>`
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
}

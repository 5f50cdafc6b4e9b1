import { defineCachedShopPage } from '#kernel/tenancy/storefront_page_cache'
import { catalogGeneration } from '#modules/storefront/api/catalog_generations'

/**
 * The shop's catalog pages an anonymous visitor may get from the page
 * cache. They change with the catalog generation: the database notifies it
 * on every committed change to products (stock and prices too), images,
 * categories, options, attributes, reviews, content pages and the shop's
 * settings (migrations 0010 and 0011); the tenant's own row is part of the
 * cache key.
 */
const ROUTES = [
  'tenancy.shop_home.show',
  'storefront.shop.search',
  'storefront.shop.category',
  'storefront.shop.product',
  'storefront.shop.page',
  'storefront.shop.sitemap',
]

export function registerCachedShopPages() {
  for (const name of ROUTES) {
    defineCachedShopPage(name, { module: 'storefront', generation: catalogGeneration })
  }
}

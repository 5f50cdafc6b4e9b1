import type { ApplicationService } from '@adonisjs/core/types'
import { CartActions } from '#kernel/contracts/cart_actions'
import { CartService } from '#modules/storefront/cart/cart_service'
import { CatalogReader } from '#kernel/contracts/catalog_reader'
import { ShopFront } from '#kernel/contracts/shop_front'
import { ShopContent } from '#kernel/contracts/shop_content'
import { StorefrontShopContent } from '#modules/storefront/shop/shop_content'
import { CustomerDirectory } from '#kernel/contracts/customer_directory'
import { StorefrontCustomerDirectory } from '#modules/storefront/customers/customer_directory'
import { StorefrontCatalogReader } from '#modules/storefront/shop/catalog_reader'
import { StorefrontShopFront } from '#modules/storefront/shop/shop_front'
import { OrderLookup } from '#kernel/contracts/order_lookup'
import { StorefrontOrderLookup } from '#modules/storefront/shop/order_lookup'
import { customerSignIn } from '#kernel/contracts/customer_sign_in'
import { recurringJobs } from '#kernel/contracts/recurring_jobs'
import { usageCounters } from '#kernel/contracts/usage_meter'
import { countProducts } from '#modules/storefront/catalog/product_count'
import { mergeCartAtSignIn } from '#modules/storefront/cart/merge_at_sign_in'
import ReleaseExpiredCheckoutsJob from '#modules/storefront/jobs/release_expired_checkouts_job'
import { stopCatalogGenerations } from '#modules/storefront/api/catalog_generations'
import { registerCachedShopPages } from '#modules/storefront/shop/cached_pages'

/**
 * The storefront's implementations of the contracts other modules use.
 */
export default function storefrontProvider(app: ApplicationService) {
  app.container.singleton(CartActions, () => new CartService())
  app.container.singleton(CatalogReader, () => new StorefrontCatalogReader())
  app.container.singleton(ShopFront, () => new StorefrontShopFront())
  app.container.singleton(OrderLookup, () => new StorefrontOrderLookup())
  app.container.singleton(ShopContent, () => new StorefrontShopContent())
  app.container.singleton(CustomerDirectory, () => new StorefrontCustomerDirectory())
  customerSignIn.register(mergeCartAtSignIn)
  usageCounters.register('products', countProducts)
  recurringJobs.register({
    id: 'storefront-expired-checkouts',
    every: '1m',
    job: ReleaseExpiredCheckoutsJob,
  })
  registerCachedShopPages()
  app.terminating(stopCatalogGenerations)
}

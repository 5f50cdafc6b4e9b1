import { defineModule } from '#kernel/modules/define_module'

/**
 * The commerce core: catalog, branded shop, cart, checkout, orders,
 * customers and reviews. Other modules sell through it via
 * app/contracts (CatalogReader, CartActions, storefront events).
 */
export default defineModule({
  key: 'storefront',
  name: 'Storefront',
  description:
    'Your branded online shop: catalog, cart, checkout with Stripe or manual payment, orders, customers and reviews.',
  icon: 'store',
  permissions: {
    'storefront.catalog.view': {
      label: 'See products, categories and stock',
      roles: ['manager', 'agent', 'employee'],
    },
    'storefront.catalog.manage': {
      label: 'Create and edit products, categories and stock',
      roles: ['manager'],
    },
    'storefront.orders.view': { label: 'See orders', roles: ['manager', 'agent'] },
    'storefront.orders.manage': {
      label: 'Mark orders paid, fulfil, cancel and annotate them',
      roles: ['manager'],
    },
    'storefront.orders.refund': 'Refund orders',
    'storefront.customers.view': { label: 'See customers', roles: ['manager', 'agent'] },
    'storefront.customers.manage': {
      label: 'Edit customers, export or erase their data',
      roles: ['manager'],
    },
    'storefront.reviews.moderate': { label: 'Moderate reviews', roles: ['manager'] },
    'storefront.discounts.manage': { label: 'Manage discount codes', roles: ['manager'] },
    'storefront.settings.manage': 'Change shop settings, shipping, taxes and payments',
  },
  navigation: [
    {
      label: 'Products',
      route: 'storefront.products.index',
      icon: 'package',
      permission: 'storefront.catalog.view',
    },
    {
      label: 'Categories',
      route: 'storefront.categories.index',
      icon: 'store',
      permission: 'storefront.catalog.view',
    },
    {
      label: 'Orders',
      route: 'storefront.orders.index',
      icon: 'cart',
      permission: 'storefront.orders.view',
    },
    {
      label: 'Customers',
      route: 'storefront.customers.index',
      icon: 'customers',
      permission: 'storefront.customers.view',
    },
    {
      label: 'Reviews',
      route: 'storefront.reviews.index',
      icon: 'star',
      permission: 'storefront.reviews.moderate',
    },
    {
      label: 'Discounts',
      route: 'storefront.discounts.index',
      icon: 'discount',
      permission: 'storefront.discounts.manage',
    },
    {
      label: 'Shipping',
      route: 'storefront.shipping.index',
      icon: 'truck',
      permission: 'storefront.settings.manage',
    },
    {
      label: 'Taxes',
      route: 'storefront.taxes.index',
      icon: 'tax',
      permission: 'storefront.settings.manage',
    },
    {
      label: 'Shop settings',
      route: 'storefront.settings.show',
      icon: 'settings',
      permission: 'storefront.settings.manage',
    },
  ],
  notifications: {
    'storefront.order_placed': { label: 'A new order', permission: 'storefront.orders.view' },
    'storefront.low_stock': {
      label: 'A product runs low on stock',
      permission: 'storefront.catalog.manage',
    },
    'storefront.review_submitted': {
      label: 'A review waits for moderation',
      permission: 'storefront.reviews.moderate',
    },
  },
  apiScopes: {
    'catalog:read': 'Read products and categories',
    'cart:write': 'Create carts and change what is in them',
    'checkout:write': 'Start checkouts and place orders',
    'orders:read': 'Read orders',
  },
  settings: () => import('#modules/storefront/validators/settings'),
  hooks: {
    onEnable: () => import('#modules/storefront/hooks/on_enable'),
    onPurge: () => import('#modules/storefront/hooks/on_purge'),
  },
  privacy: () => import('#modules/storefront/customers/privacy'),
})

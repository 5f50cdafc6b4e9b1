import '@adonisjs/inertia/types'

import type React from 'react'

import type { Prettify } from '@adonisjs/core/types/common'



type ExtractProps<T> =

  T extends React.FC<infer Props> ? Prettify<Omit<Props, 'children'>> : never



declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'chat/canned/index': ExtractProps<(typeof import('../../modules/chat/ui/pages/canned/index.tsx'))['default']>
    'chat/faqs/form': ExtractProps<(typeof import('../../modules/chat/ui/pages/faqs/form.tsx'))['default']>
    'chat/faqs/index': ExtractProps<(typeof import('../../modules/chat/ui/pages/faqs/index.tsx'))['default']>
    'chat/inbox/index': ExtractProps<(typeof import('../../modules/chat/ui/pages/inbox/index.tsx'))['default']>
    'chat/inbox/show': ExtractProps<(typeof import('../../modules/chat/ui/pages/inbox/show.tsx'))['default']>
    'chat/settings/index': ExtractProps<(typeof import('../../modules/chat/ui/pages/settings/index.tsx'))['default']>
    'storefront/cart/link_expired': ExtractProps<(typeof import('../../modules/storefront/ui/pages/cart/link_expired.tsx'))['default']>
    'storefront/cart/show': ExtractProps<(typeof import('../../modules/storefront/ui/pages/cart/show.tsx'))['default']>
    'storefront/catalog/attributes/index': ExtractProps<(typeof import('../../modules/storefront/ui/pages/catalog/attributes/index.tsx'))['default']>
    'storefront/catalog/categories/index': ExtractProps<(typeof import('../../modules/storefront/ui/pages/catalog/categories/index.tsx'))['default']>
    'storefront/catalog/imports/index': ExtractProps<(typeof import('../../modules/storefront/ui/pages/catalog/imports/index.tsx'))['default']>
    'storefront/catalog/imports/show': ExtractProps<(typeof import('../../modules/storefront/ui/pages/catalog/imports/show.tsx'))['default']>
    'storefront/catalog/products/form': ExtractProps<(typeof import('../../modules/storefront/ui/pages/catalog/products/form.tsx'))['default']>
    'storefront/catalog/products/index': ExtractProps<(typeof import('../../modules/storefront/ui/pages/catalog/products/index.tsx'))['default']>
    'storefront/checkout/confirmation': ExtractProps<(typeof import('../../modules/storefront/ui/pages/checkout/confirmation.tsx'))['default']>
    'storefront/checkout/show': ExtractProps<(typeof import('../../modules/storefront/ui/pages/checkout/show.tsx'))['default']>
    'storefront/customers/index': ExtractProps<(typeof import('../../modules/storefront/ui/pages/customers/index.tsx'))['default']>
    'storefront/customers/show': ExtractProps<(typeof import('../../modules/storefront/ui/pages/customers/show.tsx'))['default']>
    'storefront/discounts/index': ExtractProps<(typeof import('../../modules/storefront/ui/pages/discounts/index.tsx'))['default']>
    'storefront/orders/index': ExtractProps<(typeof import('../../modules/storefront/ui/pages/orders/index.tsx'))['default']>
    'storefront/orders/show': ExtractProps<(typeof import('../../modules/storefront/ui/pages/orders/show.tsx'))['default']>
    'storefront/settings/index': ExtractProps<(typeof import('../../modules/storefront/ui/pages/settings/index.tsx'))['default']>
    'storefront/shipping/index': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shipping/index.tsx'))['default']>
    'storefront/shop/account/addresses': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/account/addresses.tsx'))['default']>
    'storefront/shop/account/order': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/account/order.tsx'))['default']>
    'storefront/shop/account/orders': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/account/orders.tsx'))['default']>
    'storefront/shop/account/privacy': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/account/privacy.tsx'))['default']>
    'storefront/shop/account/profile': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/account/profile.tsx'))['default']>
    'storefront/shop/category': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/category.tsx'))['default']>
    'storefront/shop/home': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/home.tsx'))['default']>
    'storefront/shop/page': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/page.tsx'))['default']>
    'storefront/shop/product': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/product.tsx'))['default']>
    'storefront/shop/reviews_moderation': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/reviews_moderation.tsx'))['default']>
    'storefront/shop/search': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/search.tsx'))['default']>
    'storefront/shop/wishlist': ExtractProps<(typeof import('../../modules/storefront/ui/pages/shop/wishlist.tsx'))['default']>
    'storefront/taxes/index': ExtractProps<(typeof import('../../modules/storefront/ui/pages/taxes/index.tsx'))['default']>
  }
}

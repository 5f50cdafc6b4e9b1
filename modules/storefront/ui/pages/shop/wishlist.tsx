import { router } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import { Button, SimpleGrid, Stack, Text } from '@mantine/core'
import { ShopLayout } from '~/layouts/shop_layout'
import { ShopHead } from '../../components/shop/shop_head'
import { ProductCard } from '../../components/shop/product_card'
import { AccountFrame } from '../../components/shop/account_nav'
import type { ProductCardData, SeoMeta, ShopBrand } from '../../components/shop/types'

export default function ShopWishlist({
  shop,
  seo,
  products,
}: {
  shop: ShopBrand
  seo: SeoMeta
  products: ProductCardData[]
}) {
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={seo} siteName={shop.name} />
      <AccountFrame basePath={shop.basePath} title="Your wishlist">
        {products.length === 0 ? (
          <Stack align="flex-start">
            <Text c="dimmed">
              Nothing saved yet. Tap “Save to wishlist” on a product to keep it here.
            </Text>
            <Button component={Link} href={`${shop.basePath}/search`} variant="default">
              Browse products
            </Button>
          </Stack>
        ) : (
          <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md">
            {products.map((product) => (
              <Stack key={product.id} gap="xs">
                <ProductCard product={product} basePath={shop.basePath} />
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  aria-label={`Remove ${product.name} from your wishlist`}
                  onClick={() =>
                    router.delete(`${shop.basePath}/wishlist/${product.id}`, {
                      preserveScroll: true,
                    })
                  }
                >
                  Remove
                </Button>
              </Stack>
            ))}
          </SimpleGrid>
        )}
      </AccountFrame>
    </ShopLayout>
  )
}

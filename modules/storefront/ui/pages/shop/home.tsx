import { BackgroundImage, Box, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { ShopLayout, textOn } from '~/layouts/shop_layout'
import { ShopHead } from '../../components/shop/shop_head'
import { ProductGrid } from '../../components/shop/product_card'
import type { ProductCardData, SeoMeta, ShopBrand } from '../../components/shop/types'

type Props = {
  shop: ShopBrand
  seo: SeoMeta
  hero: { title: string; text: string | null; imageUrl: string | null }
  categories: { name: string; slug: string; description: string | null; imageUrl: string | null }[]
  newArrivals: ProductCardData[]
  bestSellers: ProductCardData[]
}

function Hero({ shop, hero }: Pick<Props, 'shop' | 'hero'>) {
  const content = (
    <Stack gap="md" p={{ base: 'lg', sm: 48 }} maw={640}>
      <Title order={1} fz={{ base: 30, sm: 44 }} lh={1.1}>
        {hero.title}
      </Title>
      {hero.text && <Text fz="lg">{hero.text}</Text>}
      <Button
        component={Link}
        href={`${shop.basePath}/search`}
        size="md"
        color="dark"
        style={{ alignSelf: 'flex-start' }}
      >
        Shop all products
      </Button>
    </Stack>
  )
  if (hero.imageUrl) {
    return (
      <BackgroundImage src={hero.imageUrl} radius="lg">
        <Box
          style={{ background: 'rgba(255,255,255,0.82)', color: '#111', borderRadius: 16 }}
          maw={680}
        >
          {content}
        </Box>
      </BackgroundImage>
    )
  }
  return (
    <Box style={{ background: shop.brandColor, color: textOn(shop.brandColor), borderRadius: 16 }}>
      {content}
    </Box>
  )
}

export default function ShopHome({ shop, seo, hero, categories, newArrivals, bestSellers }: Props) {
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={seo} siteName={shop.name} />
      <Stack gap={48}>
        <Hero shop={shop} hero={hero} />
        {categories.length > 0 && (
          <Box component="section" aria-labelledby="categories-title">
            <Title order={2} id="categories-title" mb="md">
              Shop by category
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
              {categories.map((category) => (
                <Card
                  key={category.slug}
                  withBorder
                  component={Link}
                  href={`${shop.basePath}/categories/${category.slug}`}
                  padding="lg"
                >
                  <Text fw={700}>{category.name}</Text>
                  {category.description && (
                    <Text fz="sm" c="dimmed" lineClamp={2}>
                      {category.description}
                    </Text>
                  )}
                </Card>
              ))}
            </SimpleGrid>
          </Box>
        )}
        {bestSellers.length > 0 && (
          <Box component="section" aria-labelledby="best-title">
            <Title order={2} id="best-title" mb="md">
              Best sellers
            </Title>
            <ProductGrid products={bestSellers} basePath={shop.basePath} />
          </Box>
        )}
        {newArrivals.length > 0 && (
          <Box component="section" aria-labelledby="new-title">
            <Title order={2} id="new-title" mb="md">
              New in
            </Title>
            <ProductGrid products={newArrivals} basePath={shop.basePath} />
          </Box>
        )}
        {newArrivals.length === 0 && (
          <Text c="dimmed">The shop is getting ready. Come back soon for our first products.</Text>
        )}
      </Stack>
    </ShopLayout>
  )
}

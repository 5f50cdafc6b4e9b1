import { Badge, Card, Group, Image, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { formatMoney } from '~/lib/money'
import { StarRating } from './star_rating'
import type { ProductCardData } from './types'

export function ProductCard({ product, basePath }: { product: ProductCardData; basePath: string }) {
  const href = `${basePath}/products/${product.slug}`
  return (
    <Card withBorder padding="sm" radius="md" component="article" data-product={product.slug}>
      <Card.Section>
        <Link href={href} tabIndex={-1} aria-hidden="true">
          {product.imageUrl ? (
            <Image src={product.imageUrl} alt="" h={200} fit="cover" loading="lazy" />
          ) : (
            <div style={{ height: 200, background: 'var(--mantine-color-default-hover)' }} />
          )}
        </Link>
      </Card.Section>
      <Stack gap={4} mt="sm">
        <Text component={Link} href={href} fw={600} lineClamp={2} c="var(--mantine-color-text)">
          {product.name}
        </Text>
        {product.reviewCount > 0 && (
          <StarRating value={product.ratingAverage} count={product.reviewCount} size={14} />
        )}
        <Group gap="xs">
          <Text fw={700}>{formatMoney(product.priceMinor, product.currency)}</Text>
          {product.compareAtMinor !== null && product.compareAtMinor > product.priceMinor && (
            <Text td="line-through" c="dimmed" fz="sm">
              <VisuallyHidden>Was </VisuallyHidden>
              {formatMoney(product.compareAtMinor, product.currency)}
            </Text>
          )}
          {!product.inStock && (
            <Badge color="gray" variant="light">
              Sold out
            </Badge>
          )}
        </Group>
      </Stack>
    </Card>
  )
}

export function ProductGrid({
  products,
  basePath,
}: {
  products: ProductCardData[]
  basePath: string
}) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing={{ base: 'sm', md: 'lg' }}>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} basePath={basePath} />
      ))}
    </SimpleGrid>
  )
}

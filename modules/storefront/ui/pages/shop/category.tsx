import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { ShopLayout } from '~/layouts/shop_layout'
import { ShopHead } from '../../components/shop/shop_head'
import { CatalogBrowser } from '../../components/shop/catalog_browser'
import type {
  CatalogFacets,
  CatalogFilters,
  CatalogResults,
  SeoMeta,
  ShopBrand,
} from '../../components/shop/types'

type Props = {
  shop: ShopBrand
  seo: SeoMeta
  category: { name: string; slug: string; description: string | null }
  trail: { name: string; slug: string }[]
  subcategories: { name: string; slug: string }[]
  results: CatalogResults
  facets: CatalogFacets
  filters: CatalogFilters
}

export default function ShopCategory(props: Props) {
  const { shop, category, trail, subcategories } = props
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={props.seo} siteName={shop.name} />
      <Stack gap="lg">
        <Breadcrumbs aria-label="Breadcrumb">
          <Anchor component={Link} href={shop.basePath || '/'}>
            Home
          </Anchor>
          {trail.slice(0, -1).map((step) => (
            <Anchor
              key={step.slug}
              component={Link}
              href={`${shop.basePath}/categories/${step.slug}`}
            >
              {step.name}
            </Anchor>
          ))}
          <Text aria-current="page">{category.name}</Text>
        </Breadcrumbs>
        <Stack gap={4}>
          <Title order={1}>{category.name}</Title>
          {category.description && <Text c="dimmed">{category.description}</Text>}
        </Stack>
        {subcategories.length > 0 && (
          <Group gap="xs" component="nav" aria-label="Sub-categories">
            {subcategories.map((child) => (
              <Button
                key={child.slug}
                component={Link}
                href={`${shop.basePath}/categories/${child.slug}`}
                variant="default"
                radius="xl"
                size="compact-md"
              >
                {child.name}
              </Button>
            ))}
          </Group>
        )}
        <CatalogBrowser
          path={`${shop.basePath}/categories/${category.slug}`}
          basePath={shop.basePath}
          results={props.results}
          facets={props.facets}
          filters={props.filters}
          currency={shop.currency}
          emptyMessage="No product in this category matches these filters."
        />
      </Stack>
    </ShopLayout>
  )
}

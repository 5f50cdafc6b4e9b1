import { Stack, Title } from '@mantine/core'
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
  results: CatalogResults
  facets: CatalogFacets
  filters: CatalogFilters
}

export default function ShopSearch({ shop, seo, results, facets, filters }: Props) {
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={seo} siteName={shop.name} />
      <Stack gap="lg">
        <Title order={1}>{filters.q ? `Results for “${filters.q}”` : 'All products'}</Title>
        <CatalogBrowser
          path={`${shop.basePath}/search`}
          basePath={shop.basePath}
          results={results}
          facets={facets}
          filters={filters}
          currency={shop.currency}
          emptyMessage={
            filters.q ? 'Try another word, or fewer filters.' : 'No product matches these filters.'
          }
        />
      </Stack>
    </ShopLayout>
  )
}

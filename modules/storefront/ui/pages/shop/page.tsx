import { Stack, Title, Typography } from '@mantine/core'
import { ShopLayout } from '~/layouts/shop_layout'
import { ShopHead } from '../../components/shop/shop_head'
import type { SeoMeta, ShopBrand } from '../../components/shop/types'

export default function ShopContentPage({
  shop,
  seo,
  page,
}: {
  shop: ShopBrand
  seo: SeoMeta
  page: { title: string; bodyHtml: string }
}) {
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={seo} siteName={shop.name} />
      <Stack maw={760} gap="lg">
        <Title order={1}>{page.title}</Title>
        <Typography>
          <div dangerouslySetInnerHTML={{ __html: page.bodyHtml }} />
        </Typography>
      </Stack>
    </ShopLayout>
  )
}

import { Head } from '@inertiajs/react'
import { Button, Card, Stack, Text, Title } from '@mantine/core'
import { ShopLayout, type ShopBrand } from '~/layouts/shop_layout'

export default function CartLinkExpired({ shop }: { shop: ShopBrand }) {
  return (
    <ShopLayout shop={shop}>
      <Head title={`Link expired · ${shop.name}`} />
      <Card withBorder padding="xl" maw={520} mx="auto">
        <Stack gap="sm">
          <Title order={1} fz={24}>
            This cart link has expired
          </Title>
          <Text>
            The link is no longer valid (links to a cart work for 7 days) or it was changed. Ask for
            a new link, or find the products again in the shop.
          </Text>
          <Button
            component="a"
            href={shop.basePath || '/'}
            color={shop.brandColor}
            autoContrast
            w="fit-content"
          >
            Go to the shop
          </Button>
        </Stack>
      </Card>
    </ShopLayout>
  )
}

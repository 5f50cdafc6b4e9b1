import { Head } from '@inertiajs/react'
import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { ShopLayout, type ShopBrand } from '~/layouts/shop_layout'

export default function ShopHome({
  shop,
  customerName,
}: {
  shop: ShopBrand
  customerName: string | null
}) {
  return (
    <ShopLayout shop={shop}>
      <Head title={shop.name} />
      <Stack maw={640} gap="md">
        <Title order={1}>Welcome to {shop.name}</Title>
        <Text c="dimmed">
          {customerName
            ? `Good to see you, ${customerName}.`
            : 'Create an account to follow your orders.'}
        </Text>
        <Group>
          <Button component="a" href={`${shop.basePath}/account`} color={shop.brandColor}>
            {customerName ? 'Your account' : 'Sign in or register'}
          </Button>
        </Group>
      </Stack>
    </ShopLayout>
  )
}

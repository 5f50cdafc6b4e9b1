import { Head, router, useForm } from '@inertiajs/react'
import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { ShopLayout, type ShopBrand } from '~/layouts/shop_layout'
import { AppForm } from '~/components/app_form'

export default function CustomerAccount({
  shop,
  customer,
}: {
  shop: ShopBrand
  customer: { name: string; email: string; verified: boolean }
}) {
  const form = useForm({ name: customer.name })
  return (
    <ShopLayout shop={shop}>
      <Head title={`Your account · ${shop.name}`} />
      <Stack maw={560}>
        <Group justify="space-between">
          <Title order={1} fz={26}>
            Your account
          </Title>
          <Button variant="subtle" onClick={() => router.post(`${shop.basePath}/account/logout`)}>
            Sign out
          </Button>
        </Group>
        {shop.accountLinks && shop.accountLinks.length > 0 && (
          <Group component="nav" aria-label="Your account" gap="xs">
            {shop.accountLinks.map((link) => (
              <Button key={link.href} component="a" href={link.href} variant="default" size="sm">
                {link.label}
              </Button>
            ))}
          </Group>
        )}
        <Card withBorder padding="lg">
          <Group justify="space-between" mb="sm">
            <Text>{customer.email}</Text>
            <Badge color={customer.verified ? 'teal' : 'yellow'}>
              {customer.verified ? 'Email confirmed' : 'Email not confirmed'}
            </Badge>
          </Group>
          <AppForm
            action={`${shop.basePath}/account`}
            method="put"
            onSubmit={() => {
              form.put(`${shop.basePath}/account`)
            }}
          >
            <Stack>
              <TextInput
                label="Name"
                value={form.data.name}
                onChange={(event) => form.setData('name', event.currentTarget.value)}
                error={form.errors.name}
              />
              <Button
                type="submit"
                loading={form.processing}
                color={shop.brandColor}
                style={{ alignSelf: 'flex-start' }}
              >
                Save
              </Button>
            </Stack>
          </AppForm>
        </Card>
      </Stack>
    </ShopLayout>
  )
}

import { Head, useForm } from '@inertiajs/react'
import { Button, Card, Stack, TextInput, Title } from '@mantine/core'
import { ShopLayout, type ShopBrand } from '~/layouts/shop_layout'
import { AppForm } from '~/components/app_form'

export default function CustomerForgotPassword({ shop }: { shop: ShopBrand }) {
  const form = useForm({ email: '' })
  return (
    <ShopLayout shop={shop}>
      <Head title={`Reset your password · ${shop.name}`} />
      <Card withBorder padding="xl" maw={460} mx="auto">
        <Title order={1} fz={24} mb="md">
          Reset your password
        </Title>
        <AppForm
          action={`${shop.basePath}/account/forgot-password`}
          onSubmit={() => {
            form.post(`${shop.basePath}/account/forgot-password`)
          }}
        >
          <Stack>
            <TextInput
              label="Email"
              type="email"
              required
              value={form.data.email}
              onChange={(event) => form.setData('email', event.currentTarget.value)}
              error={form.errors.email}
            />
            <Button type="submit" loading={form.processing} color={shop.brandColor} fullWidth>
              Send the link
            </Button>
          </Stack>
        </AppForm>
      </Card>
    </ShopLayout>
  )
}

import { Head, useForm } from '@inertiajs/react'
import { Anchor, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { ShopLayout, type ShopBrand } from '~/layouts/shop_layout'
import { AppForm } from '~/components/app_form'

export default function CustomerRegister({ shop }: { shop: ShopBrand }) {
  const form = useForm({ name: '', email: '', password: '' })
  return (
    <ShopLayout shop={shop}>
      <Head title={`Create an account · ${shop.name}`} />
      <Card withBorder padding="xl" maw={460} mx="auto">
        <Title order={1} fz={24} mb="md">
          Create an account
        </Title>
        <AppForm
          action={`${shop.basePath}/account/register`}
          onSubmit={() => {
            form.post(`${shop.basePath}/account/register`)
          }}
        >
          <Stack>
            <TextInput
              label="Name"
              autoComplete="name"
              required
              value={form.data.name}
              onChange={(event) => form.setData('name', event.currentTarget.value)}
              error={form.errors.name}
            />
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              required
              value={form.data.email}
              onChange={(event) => form.setData('email', event.currentTarget.value)}
              error={form.errors.email}
            />
            <PasswordInput
              label="Password"
              autoComplete="new-password"
              required
              description="At least 10 characters, with letters and a digit or symbol."
              value={form.data.password}
              onChange={(event) => form.setData('password', event.currentTarget.value)}
              error={form.errors.password}
            />
            <Button type="submit" loading={form.processing} color={shop.brandColor} fullWidth>
              Create account
            </Button>
            <Text fz="sm" ta="center">
              Already registered? <Anchor href={`${shop.basePath}/account/login`}>Sign in</Anchor>
            </Text>
          </Stack>
        </AppForm>
      </Card>
    </ShopLayout>
  )
}

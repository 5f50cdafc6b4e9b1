import { Head, useForm } from '@inertiajs/react'
import {
  Anchor,
  Button,
  Card,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { ShopLayout, type ShopBrand } from '~/layouts/shop_layout'
import { AppForm } from '~/components/app_form'

export default function CustomerLogin({ shop }: { shop: ShopBrand }) {
  const form = useForm({ email: '', password: '' })
  return (
    <ShopLayout shop={shop}>
      <Head title={`Sign in · ${shop.name}`} />
      <Card withBorder padding="xl" maw={460} mx="auto">
        <Title order={1} fz={24} mb="md">
          Sign in
        </Title>
        <AppForm
          action={`${shop.basePath}/account/login`}
          onSubmit={() => {
            form.post(`${shop.basePath}/account/login`, { onFinish: () => form.reset('password') })
          }}
        >
          <Stack>
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
              autoComplete="current-password"
              required
              value={form.data.password}
              onChange={(event) => form.setData('password', event.currentTarget.value)}
              error={form.errors.password}
            />
            <Group justify="flex-end">
              <Anchor href={`${shop.basePath}/account/forgot-password`} fz="sm">
                Forgot your password?
              </Anchor>
            </Group>
            <Button type="submit" loading={form.processing} color={shop.brandColor} fullWidth>
              Sign in
            </Button>
            <Text fz="sm" ta="center">
              New here?{' '}
              <Anchor href={`${shop.basePath}/account/register`}>Create an account</Anchor>
            </Text>
          </Stack>
        </AppForm>
      </Card>
    </ShopLayout>
  )
}

import { useForm } from '@inertiajs/react'
import { Button, Checkbox, Stack, Text, TextInput } from '@mantine/core'
import { ShopLayout } from '~/layouts/shop_layout'
import { AppForm } from '~/components/app_form'
import { ShopHead } from '../../../components/shop/shop_head'
import { AccountFrame } from '../../../components/shop/account_nav'
import type { SeoMeta, ShopBrand } from '../../../components/shop/types'

export default function AccountProfile({
  shop,
  seo,
  profile,
}: {
  shop: ShopBrand
  seo: SeoMeta
  profile: { name: string; email: string; phone: string; marketingConsent: boolean }
}) {
  const form = useForm({
    name: profile.name,
    phone: profile.phone,
    marketingConsent: profile.marketingConsent,
  })
  const action = `${shop.basePath}/account/profile`
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={seo} siteName={shop.name} />
      <AccountFrame basePath={shop.basePath} title="Your profile">
        <AppForm action={action} method="put" onSubmit={() => form.put(action)}>
          <Stack maw={480} gap="sm">
            <Text c="dimmed">Signed in as {profile.email}</Text>
            <TextInput
              label="Name"
              name="name"
              required
              autoComplete="name"
              value={form.data.name}
              onChange={(event) => form.setData('name', event.currentTarget.value)}
              error={form.errors.name}
            />
            <TextInput
              label="Phone"
              name="phone"
              autoComplete="tel"
              value={form.data.phone}
              onChange={(event) => form.setData('phone', event.currentTarget.value)}
              error={form.errors.phone}
            />
            <Checkbox
              label={`Send me news and offers from ${shop.name} by email`}
              checked={form.data.marketingConsent}
              onChange={(event) => form.setData('marketingConsent', event.currentTarget.checked)}
            />
            <Button
              type="submit"
              color="dark"
              loading={form.processing}
              style={{ alignSelf: 'flex-start' }}
            >
              Save
            </Button>
          </Stack>
        </AppForm>
      </AccountFrame>
    </ShopLayout>
  )
}

import { useForm } from '@inertiajs/react'
import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core'
import { ShopLayout } from '~/layouts/shop_layout'
import { AppForm } from '~/components/app_form'
import { ShopHead } from '../../../components/shop/shop_head'
import { AccountFrame } from '../../../components/shop/account_nav'
import type { SeoMeta, ShopBrand } from '../../../components/shop/types'

export default function AccountPrivacy({ shop, seo }: { shop: ShopBrand; seo: SeoMeta }) {
  const form = useForm({ confirmation: '' })
  const action = `${shop.basePath}/account`
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={seo} siteName={shop.name} />
      <AccountFrame basePath={shop.basePath} title="Your data">
        <Card withBorder padding="lg">
          <Stack gap="sm" align="flex-start">
            <Title order={2} fz="lg">
              Download my data
            </Title>
            <Text>
              A JSON file with everything {shop.name} keeps about you: your account, orders,
              addresses, reviews, wishlist and newsletter consent.
            </Text>
            <Button
              component="a"
              href={`${shop.basePath}/account/data.json`}
              variant="default"
              download
            >
              Download my data
            </Button>
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <AppForm action={action} method="delete" onSubmit={() => form.delete(action)}>
            <Stack gap="sm" align="flex-start">
              <Title order={2} fz="lg">
                Delete my account
              </Title>
              <Alert color="red" variant="light">
                Your name, email, addresses, reviews and wishlist are removed and you are signed
                out. Orders stay in the shop’s books without your personal details. This cannot be
                undone.
              </Alert>
              <TextInput
                label="Type DELETE to confirm"
                name="confirmation"
                autoComplete="off"
                value={form.data.confirmation}
                onChange={(event) => form.setData('confirmation', event.currentTarget.value)}
                error={form.errors.confirmation}
              />
              <Button
                type="submit"
                color="red"
                disabled={form.data.confirmation !== 'DELETE'}
                loading={form.processing}
              >
                Delete my account
              </Button>
            </Stack>
          </AppForm>
        </Card>
      </AccountFrame>
    </ShopLayout>
  )
}

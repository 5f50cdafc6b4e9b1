import { Head } from '@inertiajs/react'
import { Alert, Card, Title } from '@mantine/core'
import { ShopLayout, type ShopBrand } from '~/layouts/shop_layout'
import { NewPasswordForm } from '~/components/new_password_form'

export default function CustomerResetPassword({
  shop,
  valid,
  action,
}: {
  shop: ShopBrand
  valid: boolean
  action: string
}) {
  return (
    <ShopLayout shop={shop}>
      <Head title={`Choose a new password · ${shop.name}`} />
      <Card withBorder padding="xl" maw={460} mx="auto">
        <Title order={1} fz={24} mb="md">
          Choose a new password
        </Title>
        {valid ? (
          <NewPasswordForm action={action} />
        ) : (
          <Alert color="orange">
            This link has expired or was already used. Ask for a new one.
          </Alert>
        )}
      </Card>
    </ShopLayout>
  )
}

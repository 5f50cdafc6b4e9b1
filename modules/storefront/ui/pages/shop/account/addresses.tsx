import { useState } from 'react'
import { router, useForm } from '@inertiajs/react'
import {
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { ShopLayout } from '~/layouts/shop_layout'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import { ShopHead } from '../../../components/shop/shop_head'
import { AccountFrame } from '../../../components/shop/account_nav'
import type { SeoMeta, ShopBrand } from '../../../components/shop/types'

type Address = {
  id: string
  name: string
  line1: string
  line2: string | null
  city: string
  region: string | null
  postalCode: string
  country: string
  phone: string | null
  isDefault: boolean
}

function AddressForm({
  basePath,
  address,
  defaultCountry,
  onDone,
}: {
  basePath: string
  address: Address | null
  defaultCountry: string
  onDone: () => void
}) {
  const form = useForm({
    name: address?.name ?? '',
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    region: address?.region ?? '',
    postalCode: address?.postalCode ?? '',
    country: address?.country ?? defaultCountry,
    phone: address?.phone ?? '',
    isDefault: address?.isDefault ?? false,
  })
  const action = address
    ? `${basePath}/account/addresses/${address.id}`
    : `${basePath}/account/addresses`
  const field = (
    name: Exclude<keyof typeof form.data, 'isDefault'>,
    label: string,
    required = true
  ) => (
    <TextInput
      label={label}
      name={name}
      required={required}
      value={form.data[name]}
      onChange={(event) => form.setData(name, event.currentTarget.value)}
      error={form.errors[name]}
    />
  )
  return (
    <Card withBorder padding="lg">
      <AppForm
        action={action}
        method={address ? 'put' : 'post'}
        onSubmit={() =>
          (address ? form.put : form.post)(action, { preserveScroll: true, onSuccess: onDone })
        }
      >
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {address ? 'Edit address' : 'New address'}
          </Title>
          {field('name', 'Full name')}
          {field('line1', 'Address')}
          {field('line2', 'Address line 2', false)}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {field('postalCode', 'Postcode')}
            {field('city', 'City')}
            {field('region', 'County or region', false)}
            {field('country', 'Country code (e.g. GB)')}
          </SimpleGrid>
          {field('phone', 'Phone', false)}
          <Checkbox
            label="Use as my default address"
            checked={form.data.isDefault}
            onChange={(event) => form.setData('isDefault', event.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={form.processing} color="dark">
              Save address
            </Button>
            <Button variant="subtle" color="dark" onClick={onDone}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </AppForm>
    </Card>
  )
}

export default function AccountAddresses({
  shop,
  seo,
  addresses,
  defaultCountry,
}: {
  shop: ShopBrand
  seo: SeoMeta
  addresses: Address[]
  defaultCountry: string
}) {
  const [editing, setEditing] = useState<Address | 'new' | null>(null)
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={seo} siteName={shop.name} />
      <AccountFrame basePath={shop.basePath} title="Your addresses">
        {editing ? (
          <AddressForm
            key={editing === 'new' ? 'new' : editing.id}
            basePath={shop.basePath}
            address={editing === 'new' ? null : editing}
            defaultCountry={defaultCountry}
            onDone={() => setEditing(null)}
          />
        ) : (
          <Button
            color="dark"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setEditing('new')}
          >
            Add an address
          </Button>
        )}
        {addresses.length === 0 && !editing && (
          <Text c="dimmed">No saved address yet. Saved addresses make checkout quicker.</Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {addresses.map((address) => (
            <Card key={address.id} withBorder padding="md" data-address={address.id}>
              <Text fw={700}>
                {address.name} {address.isDefault && '· Default'}
              </Text>
              <Text>{address.line1}</Text>
              {address.line2 && <Text>{address.line2}</Text>}
              <Text>
                {address.postalCode} {address.city}
              </Text>
              <Text>{address.country}</Text>
              <Group mt="sm" gap="xs">
                <Button size="compact-sm" variant="default" onClick={() => setEditing(address)}>
                  Edit
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    confirmAction({
                      title: 'Remove this address?',
                      message: `${address.line1}, ${address.city} will be removed from your account.`,
                      confirmLabel: 'Remove',
                      onConfirm: () =>
                        router.delete(`${shop.basePath}/account/addresses/${address.id}`),
                    })
                  }
                >
                  Remove
                </Button>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </AccountFrame>
    </ShopLayout>
  )
}

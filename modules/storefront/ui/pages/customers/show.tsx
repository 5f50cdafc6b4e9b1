import { useState } from 'react'
import { Head, useForm } from '@inertiajs/react'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconDownload, IconShieldX } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { useSharedProps } from '~/hooks/use_shared_props'
import { formatMoney } from '~/lib/money'
import { OrderStatusBadge, PaymentStatusBadge } from '../../components/sales/order_badges'

type Customer = {
  id: string
  name: string
  email: string
  createdAt: string
  erased: boolean
  tags: string[]
  marketingConsent: boolean
  marketingConsentAt: string | null
  ordersCount: number
  spentMinor: number
  lastOrderAt: string | null
  phone: string | null
}

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

type OrderRow = {
  id: string
  number: number
  status: string
  paymentStatus: string
  currency: string
  totalMinor: number
  placedAt: string
}

function EraseForm({
  action,
  email,
  onDone,
}: {
  action: string
  email: string
  onDone: () => void
}) {
  const form = useForm({ confirmation: '' })
  return (
    <AppForm action={action} onSubmit={() => form.post(action, { onSuccess: onDone })}>
      <Stack>
        <Text fz="sm">
          Their name, contact details, addresses, reviews, wishlist and newsletter sign-up are
          deleted; their orders stay for your accounts, anonymized. This cannot be undone.
        </Text>
        <TextInput
          label={`Type ${email} to confirm`}
          data-autofocus
          value={form.data.confirmation}
          onChange={(event) => form.setData('confirmation', event.currentTarget.value)}
          error={form.errors.confirmation}
        />
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={form.processing}>
            Erase personal data
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

export default function CustomerShow(props: {
  customer: Customer
  addresses: Address[]
  orders: OrderRow[]
  tags: string[]
}) {
  const { customer } = props
  const { shell } = useSharedProps()
  const currency = shell?.workspace.currency ?? 'EUR'
  const base = `/app/${shell?.workspace.slug}/storefront`
  const url = `${base}/customers/${customer.id}`
  const canManage = shell?.permissions.includes('storefront.customers.manage') ?? false
  const tags = useForm({ tags: customer.tags })
  const [erasing, setErasing] = useState(false)
  const tagErrors = Object.entries(tags.errors as Record<string, string>)
    .filter(([key]) => key.startsWith('tags'))
    .map(([, message]) => message)

  return (
    <AppLayout>
      <Head title={customer.name} />
      <PageHeader
        title={customer.name}
        description={customer.erased ? 'Personal data erased' : customer.email}
        actions={
          canManage && !customer.erased ? (
            <>
              <Button
                component="a"
                href={`${url}/export.json`}
                variant="default"
                leftSection={<IconDownload size={16} />}
              >
                Export data (JSON)
              </Button>
              <Button
                variant="light"
                color="red"
                leftSection={<IconShieldX size={16} />}
                onClick={() => setErasing(true)}
              >
                Erase personal data
              </Button>
            </>
          ) : null
        }
      />
      {customer.erased && (
        <Alert color="gray" mb="lg">
          This customer asked to be forgotten: their personal data was erased and their orders were
          anonymized.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="lg">
        <Card withBorder padding="md">
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            Total spent
          </Text>
          <Text fz="xl" fw={700}>
            {formatMoney(customer.spentMinor, currency)}
          </Text>
        </Card>
        <Card withBorder padding="md">
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            Orders
          </Text>
          <Text fz="xl" fw={700}>
            {customer.ordersCount}
          </Text>
        </Card>
        <Card withBorder padding="md">
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            Marketing
          </Text>
          <Text fz="sm" mt={6}>
            {customer.marketingConsent
              ? `Agreed${customer.marketingConsentAt ? ` on ${new Date(customer.marketingConsentAt).toLocaleDateString()}` : ''}`
              : 'No consent: do not send marketing email'}
          </Text>
        </Card>
      </SimpleGrid>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder padding={0}>
            <Group justify="space-between" p="md">
              <Title order={2} fz="md">
                Orders
              </Title>
              {customer.ordersCount > 0 && (
                <Anchor component={Link} href={`${base}/orders?customer=${customer.id}`} fz="sm">
                  See all in Orders
                </Anchor>
              )}
            </Group>
            {props.orders.length === 0 ? (
              <Text c="dimmed" px="md" pb="md" fz="sm">
                No orders yet.
              </Text>
            ) : (
              <Table verticalSpacing="xs">
                <Table.Tbody>
                  {props.orders.map((order) => (
                    <Table.Tr key={order.id}>
                      <Table.Td>
                        <Anchor component={Link} href={`${base}/orders/${order.id}`} fw={600}>
                          #{order.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{new Date(order.placedAt).toLocaleDateString()}</Table.Td>
                      <Table.Td>
                        <OrderStatusBadge value={order.status} />
                      </Table.Td>
                      <Table.Td>
                        <PaymentStatusBadge value={order.paymentStatus} />
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatMoney(order.totalMinor, order.currency)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder padding="md" mb="lg">
            <Title order={2} fz="md" mb="xs">
              Tags
            </Title>
            {canManage ? (
              <AppForm
                action={`${url}/tags`}
                method="put"
                onSubmit={() => tags.put(`${url}/tags`, { preserveScroll: true })}
              >
                <TagsInput
                  aria-label="Tags"
                  placeholder="vip, wholesale…"
                  data={props.tags}
                  value={tags.data.tags}
                  onChange={(value) => tags.setData('tags', value)}
                  error={tagErrors[0]}
                />
                <Group justify="flex-end" mt="sm">
                  <Button type="submit" size="xs" variant="light" loading={tags.processing}>
                    Save tags
                  </Button>
                </Group>
              </AppForm>
            ) : (
              <Group gap={4}>
                {customer.tags.length === 0 && (
                  <Text fz="sm" c="dimmed">
                    No tags
                  </Text>
                )}
                {customer.tags.map((tag) => (
                  <Badge key={tag} variant="light">
                    {tag}
                  </Badge>
                ))}
              </Group>
            )}
          </Card>
          <Card withBorder padding="md">
            <Title order={2} fz="md" mb="xs">
              Contact and addresses
            </Title>
            {customer.phone && <Text fz="sm">{customer.phone}</Text>}
            <Text fz="xs" c="dimmed" mb="sm">
              Customer since {new Date(customer.createdAt).toLocaleDateString()}
            </Text>
            {props.addresses.length === 0 && (
              <Text fz="sm" c="dimmed">
                No saved address.
              </Text>
            )}
            <Stack gap="sm">
              {props.addresses.map((address) => (
                <div key={address.id}>
                  <Text fz="sm" fw={500}>
                    {address.name} {address.isDefault && <Badge size="xs">Default</Badge>}
                  </Text>
                  <Text fz="sm">{address.line1}</Text>
                  {address.line2 && <Text fz="sm">{address.line2}</Text>}
                  <Text fz="sm">
                    {address.postalCode} {address.city}, {address.country}
                  </Text>
                </div>
              ))}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      <Modal
        opened={erasing}
        onClose={() => setErasing(false)}
        title={`Erase ${customer.name}’s data?`}
      >
        <EraseForm
          action={`${url}/erase`}
          email={customer.email}
          onDone={() => setErasing(false)}
        />
      </Modal>
    </AppLayout>
  )
}

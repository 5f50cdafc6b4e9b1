import {
  Anchor,
  Card,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core'
import { ShopLayout } from '~/layouts/shop_layout'
import { ShopHead } from '../../../components/shop/shop_head'
import { AccountFrame } from '../../../components/shop/account_nav'
import { formatMoney } from '~/lib/money'
import { OrderStatusBadge } from '../../../components/shop/order_status'
import type { SeoMeta, ShopBrand } from '../../../components/shop/types'

type Order = {
  number: number
  placedAt: string
  status: string
  paymentStatus: string
  fulfillmentStatus: string
  paymentMethod: string
  currency: string
  subtotalMinor: number
  discountMinor: number
  shippingMinor: number
  taxMinor: number
  totalMinor: number
  refundedMinor: number
  pricesIncludeTax: boolean
  shippingMethod: string | null
  shippingAddress: {
    name: string
    line1: string
    line2?: string | null
    city: string
    region?: string | null
    postalCode: string
    country: string
  }
  carrier: string | null
  trackingNumber: string | null
  trackingUrl: string | null
  paidAt: string | null
  fulfilledAt: string | null
  deliveredAt: string | null
  cancelledAt: string | null
  items: {
    id: string
    name: string
    variantTitle: string | null
    quantity: number
    unitPriceMinor: number
    totalMinor: number
    imageUrl: string | null
  }[]
}

function when(iso: string | null) {
  return iso
    ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
    : null
}

export default function AccountOrder({
  shop,
  seo,
  order,
}: {
  shop: ShopBrand
  seo: SeoMeta
  order: Order
}) {
  const money = (minor: number) => formatMoney(minor, order.currency)
  const steps = [
    { label: 'Placed', at: order.placedAt },
    { label: 'Paid', at: order.paidAt },
    { label: 'Shipped', at: order.fulfilledAt },
    { label: 'Delivered', at: order.deliveredAt },
  ]
  const reached = order.cancelledAt ? -1 : steps.filter((step) => step.at).length - 1
  const address = order.shippingAddress
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={seo} siteName={shop.name} />
      <AccountFrame basePath={shop.basePath} title={`Order #${order.number}`}>
        <Group gap="sm">
          <OrderStatusBadge status={order.status} />
          <Text c="dimmed">Placed {when(order.placedAt)}</Text>
        </Group>
        {order.cancelledAt ? (
          <Text c="red">This order was cancelled on {when(order.cancelledAt)}.</Text>
        ) : (
          <Timeline active={reached} bulletSize={18} lineWidth={2}>
            {steps.map((step) => (
              <Timeline.Item key={step.label} title={step.label}>
                <Text fz="sm" c="dimmed">
                  {when(step.at) ?? 'Not yet'}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {(order.trackingNumber || order.carrier) && (
          <Card withBorder padding="md">
            <Title order={2} fz="md" mb={4}>
              Tracking
            </Title>
            <Text>
              {order.carrier ?? 'Carrier'}: {order.trackingNumber ?? '—'}
            </Text>
            {order.trackingUrl && (
              <Anchor href={order.trackingUrl} target="_blank" rel="noopener noreferrer">
                Follow your parcel
              </Anchor>
            )}
          </Card>
        )}
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="right">Qty</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    {item.imageUrl && (
                      <Image src={item.imageUrl} alt="" w={48} h={48} radius="sm" />
                    )}
                    <Stack gap={0}>
                      <Text>{item.name}</Text>
                      {item.variantTitle && (
                        <Text fz="sm" c="dimmed">
                          {item.variantTitle}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{item.quantity}</Table.Td>
                <Table.Td ta="right">{money(item.totalMinor)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Card withBorder padding="md">
            <Title order={2} fz="md" mb={4}>
              Delivery address
            </Title>
            <Text>{address.name}</Text>
            <Text>{address.line1}</Text>
            {address.line2 && <Text>{address.line2}</Text>}
            <Text>
              {address.postalCode} {address.city}
              {address.region ? `, ${address.region}` : ''}
            </Text>
            <Text>{address.country}</Text>
            {order.shippingMethod && (
              <Text fz="sm" c="dimmed" mt="xs">
                {order.shippingMethod}
              </Text>
            )}
          </Card>
          <Card withBorder padding="md">
            <Stack gap={4}>
              <Group justify="space-between">
                <Text>Subtotal</Text>
                <Text>{money(order.subtotalMinor)}</Text>
              </Group>
              {order.discountMinor > 0 && (
                <Group justify="space-between">
                  <Text>Discount</Text>
                  <Text>−{money(order.discountMinor)}</Text>
                </Group>
              )}
              <Group justify="space-between">
                <Text>Shipping</Text>
                <Text>{money(order.shippingMinor)}</Text>
              </Group>
              <Group justify="space-between">
                <Text>{order.pricesIncludeTax ? 'Including tax' : 'Tax'}</Text>
                <Text>{money(order.taxMinor)}</Text>
              </Group>
              <Group justify="space-between">
                <Text fw={700}>Total</Text>
                <Text fw={700}>{money(order.totalMinor)}</Text>
              </Group>
              {order.refundedMinor > 0 && (
                <Group justify="space-between">
                  <Text>Refunded</Text>
                  <Text>{money(order.refundedMinor)}</Text>
                </Group>
              )}
            </Stack>
          </Card>
        </SimpleGrid>
      </AccountFrame>
    </ShopLayout>
  )
}

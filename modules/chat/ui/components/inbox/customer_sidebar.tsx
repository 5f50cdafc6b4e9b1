import { Anchor, Badge, Card, Divider, Group, Stack, Text, Title } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { formatMoney } from '~/lib/money'

export type DirectoryCustomer = {
  id: string
  name: string
  email: string
  erased: boolean
  ordersCount: number
  spentMinor: number
  createdAt: string
  recentOrders: {
    id: string
    number: string
    status: string
    paymentStatus: string
    totalMinor: number
    currency: string
    placedAt: string
  }[]
}

export type CartView = {
  id: string
  currency: string
  itemCount: number
  subtotalMinor: number
  lines: {
    variantId: string
    name: string
    variantTitle: string | null
    quantity: number
    lineTotalMinor: number
  }[]
}

/** Who the customer is, what is in their cart and what they ordered. */
export function CustomerSidebar({
  name,
  channel,
  customer,
  cart,
  storefrontBase,
  currency,
}: {
  name: string
  channel: string
  customer: DirectoryCustomer | null
  cart: CartView | null
  /** The storefront module's back office, for links to the customer and orders. */
  storefrontBase: string
  currency: string
}) {
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Title order={3} fz="md" mb="xs">
          Customer
        </Title>
        {customer ? (
          <Stack gap={4}>
            <Anchor component={Link} href={`${storefrontBase}/customers/${customer.id}`} fw={500}>
              {customer.name}
            </Anchor>
            <Text fz="sm" c="dimmed">
              {customer.erased ? 'Personal data erased' : customer.email}
            </Text>
            <Text fz="sm">
              {customer.ordersCount} {customer.ordersCount === 1 ? 'order' : 'orders'} ·{' '}
              {formatMoney(customer.spentMinor, currency)} spent
            </Text>
          </Stack>
        ) : (
          <Stack gap={4}>
            <Text fw={500}>{name}</Text>
            <Text fz="sm" c="dimmed">
              A visitor without an account (not signed in), writing from the {channel}.
            </Text>
          </Stack>
        )}
      </Card>

      <Card withBorder padding="md">
        <Title order={3} fz="md" mb="xs">
          Cart
        </Title>
        {cart && cart.lines.length > 0 ? (
          <Stack gap={6}>
            {cart.lines.map((line) => (
              <Group key={line.variantId} justify="space-between" wrap="nowrap" gap="xs">
                <Text fz="sm" truncate>
                  {line.quantity} × {line.name}
                  {line.variantTitle ? ` (${line.variantTitle})` : ''}
                </Text>
                <Text fz="sm">{formatMoney(line.lineTotalMinor, cart.currency)}</Text>
              </Group>
            ))}
            <Divider />
            <Group justify="space-between">
              <Text fz="sm" fw={600}>
                Subtotal
              </Text>
              <Text fz="sm" fw={600}>
                {formatMoney(cart.subtotalMinor, cart.currency)}
              </Text>
            </Group>
          </Stack>
        ) : (
          <Text fz="sm" c="dimmed">
            The cart is empty.
          </Text>
        )}
      </Card>

      {customer && (
        <Card withBorder padding="md">
          <Title order={3} fz="md" mb="xs">
            Recent orders
          </Title>
          {customer.recentOrders.length === 0 ? (
            <Text fz="sm" c="dimmed">
              No orders yet.
            </Text>
          ) : (
            <Stack gap={6}>
              {customer.recentOrders.map((order) => (
                <Group key={order.id} justify="space-between" wrap="nowrap" gap="xs">
                  <Stack gap={0}>
                    <Anchor
                      component={Link}
                      href={`${storefrontBase}/orders/${order.id}`}
                      fz="sm"
                      fw={500}
                    >
                      #{order.number}
                    </Anchor>
                    <Text fz="xs" c="dimmed">
                      {new Date(order.placedAt).toLocaleDateString()}
                    </Text>
                  </Stack>
                  <Stack gap={2} align="flex-end">
                    <Text fz="sm">{formatMoney(order.totalMinor, order.currency)}</Text>
                    <Badge size="xs" variant="light">
                      {order.status}
                    </Badge>
                  </Stack>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      )}
    </Stack>
  )
}

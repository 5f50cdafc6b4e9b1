import { useState } from 'react'
import { Head, router } from '@inertiajs/react'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Pagination,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { IconFilter, IconSearch, IconX } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { useSharedProps } from '~/hooks/use_shared_props'
import { formatMoney, toMajor, toMinor } from '~/lib/money'
import {
  FULFILMENT_OPTIONS,
  FulfilmentStatusBadge,
  OrderStatusBadge,
  PAYMENT_OPTIONS,
  PaymentStatusBadge,
  STATUS_OPTIONS,
} from '../../components/sales/order_badges'

type OrderRow = {
  id: string
  number: number
  customerName: string
  email: string
  status: string
  paymentStatus: string
  fulfillmentStatus: string
  currency: string
  totalMinor: number
  refundedMinor: number
  placedAt: string
}

type Filters = {
  q: string
  status: string
  payment: string
  fulfilment: string
  customer: string
  from: string
  to: string
  min_total: number | ''
  max_total: number | ''
}

export default function OrdersIndex(props: {
  orders: OrderRow[]
  pagination: { page: number; lastPage: number; total: number }
  filters: Filters
  customer: { id: string; name: string; email: string } | null
}) {
  const { shell } = useSharedProps()
  const currency = shell?.workspace.currency ?? 'EUR'
  const base = `/app/${shell?.workspace.slug}/storefront`
  const [filters, setFilters] = useState({
    ...props.filters,
    min_total: toMajor(props.filters.min_total === '' ? null : props.filters.min_total, currency),
    max_total: toMajor(props.filters.max_total === '' ? null : props.filters.max_total, currency),
  })
  const apply = (page = 1, next = filters) => {
    const query: Record<string, string | number> = {}
    for (const [key, value] of Object.entries(next)) {
      if (value === '' || value === null) continue
      query[key] =
        key === 'min_total' || key === 'max_total' ? toMinor(value, currency)! : (value as string)
    }
    if (page > 1) query.page = page
    router.get(`${base}/orders`, query, { preserveState: true, preserveScroll: true })
  }
  const clear = () => {
    const empty = {
      q: '',
      status: '',
      payment: '',
      fulfilment: '',
      customer: '',
      from: '',
      to: '',
      min_total: '' as const,
      max_total: '' as const,
    }
    setFilters(empty)
    apply(1, empty)
  }
  const filtered = Object.values(props.filters).some((value) => value !== '')

  return (
    <AppLayout>
      <Head title="Orders" />
      <PageHeader
        title="Orders"
        description="Everything your shop sold: take payments, ship, refund and keep notes."
      />
      <Card withBorder padding="md" mb="md">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            apply()
          }}
        >
          <Group align="flex-end" wrap="wrap" gap="sm">
            <TextInput
              label="Search"
              placeholder="Order number, email or name"
              leftSection={<IconSearch size={16} />}
              value={filters.q}
              onChange={(event) => setFilters({ ...filters, q: event.currentTarget.value })}
              w={260}
            />
            <Select
              label="Status"
              placeholder="Any"
              clearable
              data={STATUS_OPTIONS}
              value={filters.status || null}
              onChange={(value) => setFilters({ ...filters, status: value ?? '' })}
              w={150}
            />
            <Select
              label="Payment"
              placeholder="Any"
              clearable
              data={PAYMENT_OPTIONS}
              value={filters.payment || null}
              onChange={(value) => setFilters({ ...filters, payment: value ?? '' })}
              w={170}
            />
            <Select
              label="Fulfilment"
              placeholder="Any"
              clearable
              data={FULFILMENT_OPTIONS}
              value={filters.fulfilment || null}
              onChange={(value) => setFilters({ ...filters, fulfilment: value ?? '' })}
              w={150}
            />
            <TextInput
              label="From"
              type="date"
              value={filters.from}
              onChange={(event) => setFilters({ ...filters, from: event.currentTarget.value })}
            />
            <TextInput
              label="To"
              type="date"
              value={filters.to}
              onChange={(event) => setFilters({ ...filters, to: event.currentTarget.value })}
            />
            <NumberInput
              label={`Total from (${currency})`}
              min={0}
              decimalScale={2}
              value={filters.min_total}
              onChange={(value) =>
                setFilters({ ...filters, min_total: value === '' ? '' : Number(value) })
              }
              w={140}
            />
            <NumberInput
              label={`Total to (${currency})`}
              min={0}
              decimalScale={2}
              value={filters.max_total}
              onChange={(value) =>
                setFilters({ ...filters, max_total: value === '' ? '' : Number(value) })
              }
              w={140}
            />
            <Button type="submit" leftSection={<IconFilter size={16} />}>
              Filter
            </Button>
            {filtered && (
              <Button variant="subtle" leftSection={<IconX size={16} />} onClick={clear}>
                Clear
              </Button>
            )}
          </Group>
        </form>
        {props.customer && (
          <Group mt="sm" gap="xs">
            <Text fz="sm">Orders of</Text>
            <Badge
              variant="light"
              rightSection={<IconX size={12} />}
              style={{ cursor: 'pointer' }}
              onClick={() => {
                const next = { ...filters, customer: '' }
                setFilters(next)
                apply(1, next)
              }}
            >
              {props.customer.name} ({props.customer.email})
            </Badge>
          </Group>
        )}
      </Card>

      <Card withBorder padding={0}>
        {props.orders.length === 0 ? (
          <Text c="dimmed" p="lg">
            {filtered
              ? 'No orders match these filters.'
              : 'No orders yet. They appear here as soon as customers check out.'}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Order</Table.Th>
                  <Table.Th>Placed</Table.Th>
                  <Table.Th>Customer</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Payment</Table.Th>
                  <Table.Th>Fulfilment</Table.Th>
                  <Table.Th ta="right">Total</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.orders.map((order) => (
                  <Table.Tr key={order.id}>
                    <Table.Td>
                      <Anchor component={Link} href={`${base}/orders/${order.id}`} fw={600}>
                        #{order.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{new Date(order.placedAt).toLocaleString()}</Table.Td>
                    <Table.Td>
                      <Text fz="sm">{order.customerName}</Text>
                      <Text fz="xs" c="dimmed">
                        {order.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <OrderStatusBadge value={order.status} />
                    </Table.Td>
                    <Table.Td>
                      <PaymentStatusBadge value={order.paymentStatus} />
                    </Table.Td>
                    <Table.Td>
                      <FulfilmentStatusBadge value={order.fulfillmentStatus} />
                    </Table.Td>
                    <Table.Td ta="right">
                      {formatMoney(order.totalMinor, order.currency)}
                      {order.refundedMinor > 0 && (
                        <Text fz="xs" c="red">
                          −{formatMoney(order.refundedMinor, order.currency)}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Group justify="space-between" mt="md">
        <Text fz="sm" c="dimmed">
          {props.pagination.total} {props.pagination.total === 1 ? 'order' : 'orders'}
        </Text>
        {props.pagination.lastPage > 1 && (
          <Pagination
            total={props.pagination.lastPage}
            value={props.pagination.page}
            onChange={(page) => apply(page)}
          />
        )}
      </Group>
    </AppLayout>
  )
}

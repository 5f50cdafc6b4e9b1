import { useState } from 'react'
import { Head, useForm } from '@inertiajs/react'
import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Divider,
  Grid,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core'
import {
  IconArrowBackUp,
  IconCash,
  IconFileInvoice,
  IconNote,
  IconPackageExport,
  IconTruckDelivery,
  IconX,
} from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { useSharedProps } from '~/hooks/use_shared_props'
import { formatMoney, toMajor, toMinor } from '~/lib/money'
import {
  FulfilmentStatusBadge,
  OrderStatusBadge,
  PAYMENT_METHOD_LABELS,
  PaymentStatusBadge,
} from '../../components/sales/order_badges'

type Item = {
  id: string
  name: string
  variantTitle: string | null
  sku: string | null
  unitPriceMinor: number
  quantity: number
  totalMinor: number
  refundedQuantity: number
}

type Order = {
  id: string
  number: number
  customerId: string | null
  customerName: string
  email: string
  phone: string | null
  status: string
  paymentStatus: string
  fulfillmentStatus: string
  paymentMethod: string
  currency: string
  totalMinor: number
  refundedMinor: number
  subtotalMinor: number
  discountMinor: number
  discountCode: string | null
  shippingMinor: number
  shippingMethod: string | null
  taxMinor: number
  pricesIncludeTax: boolean
  carrier: string | null
  trackingNumber: string | null
  trackingUrl: string | null
  placedAt: string
  anonymized: boolean
  shippingAddress: {
    name: string
    line1: string
    line2?: string | null
    city: string
    region?: string | null
    postalCode: string
    country: string
  }
  items: Item[]
  refunds: {
    id: string
    amountMinor: number
    reason: string | null
    restock: boolean
    createdBy: string | null
    createdAt: string
  }[]
  timeline: { id: string; kind: string; message: string; actor: string | null; createdAt: string }[]
  allowed: {
    markPaid: boolean
    fulfil: boolean
    deliver: boolean
    cancel: boolean
    refund: boolean
  }
}

function FulfilForm({ action, onDone }: { action: string; onDone: () => void }) {
  const form = useForm({ carrier: '', tracking_number: '', tracking_url: '' })
  return (
    <AppForm
      action={action}
      onSubmit={() => form.post(action, { preserveScroll: true, onSuccess: onDone })}
    >
      <Stack>
        <TextInput
          label="Carrier"
          name="carrier"
          placeholder="Colissimo, DHL, Royal Mail…"
          required
          data-autofocus
          value={form.data.carrier}
          onChange={(event) => form.setData('carrier', event.currentTarget.value)}
          error={form.errors.carrier}
        />
        <TextInput
          label="Tracking number"
          name="tracking_number"
          required
          value={form.data.tracking_number}
          onChange={(event) => form.setData('tracking_number', event.currentTarget.value)}
          error={form.errors.tracking_number}
        />
        <TextInput
          label="Tracking link (optional)"
          name="tracking_url"
          placeholder="https://"
          value={form.data.tracking_url}
          onChange={(event) => form.setData('tracking_url', event.currentTarget.value)}
          error={form.errors.tracking_url}
        />
        <Text fz="sm" c="dimmed">
          The customer receives an email with these details.
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={form.processing}>
            Mark as fulfilled
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

function RefundForm({
  order,
  action,
  onDone,
}: {
  order: Order
  action: string
  onDone: () => void
}) {
  const remaining = order.totalMinor - order.refundedMinor
  const [amount, setAmount] = useState<number | ''>(Number(toMajor(remaining, order.currency)))
  const [quantities, setQuantities] = useState<Record<string, number>>({})
  const form = useForm({ restock: true, reason: '' })
  const errors = form.errors as Record<string, string>
  return (
    <AppForm
      action={action}
      onSubmit={() => {
        form.transform((data) => ({
          ...data,
          amount_minor: toMinor(amount, order.currency) ?? undefined,
          lines: Object.entries(quantities)
            .filter(([, quantity]) => quantity > 0)
            .map(([orderItemId, quantity]) => ({ order_item_id: orderItemId, quantity })),
        }))
        form.post(action, { preserveScroll: true, onSuccess: onDone })
      }}
    >
      <Stack>
        <NumberInput
          label={`Amount to refund (${order.currency})`}
          description={`Up to ${formatMoney(remaining, order.currency)}`}
          min={0.01}
          decimalScale={2}
          required
          data-autofocus
          value={amount}
          onChange={(value) => setAmount(value === '' ? '' : Number(value))}
          error={errors.amount_minor}
        />
        <Text fz="sm" fw={500}>
          Returned items
        </Text>
        {order.items.map((item) => (
          <Group key={item.id} justify="space-between" wrap="nowrap">
            <Text fz="sm">
              {item.name}
              {item.variantTitle ? ` · ${item.variantTitle}` : ''}
            </Text>
            <NumberInput
              aria-label={`Units of ${item.name} returned`}
              min={0}
              max={item.quantity - item.refundedQuantity}
              w={90}
              value={quantities[item.id] ?? 0}
              onChange={(value) => setQuantities({ ...quantities, [item.id]: Number(value) || 0 })}
            />
          </Group>
        ))}
        <Checkbox
          label="Put returned items back in stock"
          checked={form.data.restock}
          onChange={(event) => form.setData('restock', event.currentTarget.checked)}
        />
        <TextInput
          label="Reason (optional)"
          value={form.data.reason}
          onChange={(event) => form.setData('reason', event.currentTarget.value)}
          error={errors.reason}
        />
        {order.paymentMethod === 'stripe' && (
          <Text fz="sm" c="dimmed">
            The card payment is refunded through your Stripe account.
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={form.processing}>
            Refund
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

function SimpleAction({
  action,
  label,
  icon,
  color,
  fields,
}: {
  action: string
  label: string
  icon: React.ReactNode
  color?: string
  fields?: Record<string, string>
}) {
  const form = useForm(fields ?? {})
  return (
    <AppForm action={action} onSubmit={() => form.post(action, { preserveScroll: true })}>
      <Button
        type="submit"
        variant="light"
        color={color}
        leftSection={icon}
        loading={form.processing}
      >
        {label}
      </Button>
    </AppForm>
  )
}

function CancelForm({ action, onDone }: { action: string; onDone: () => void }) {
  const form = useForm({ reason: '' })
  return (
    <AppForm
      action={action}
      onSubmit={() => form.post(action, { preserveScroll: true, onSuccess: onDone })}
    >
      <Stack>
        <Text fz="sm">
          The items go back in stock. Money already taken is not returned automatically: refund it
          afterwards.
        </Text>
        <TextInput
          label="Reason (optional)"
          data-autofocus
          value={form.data.reason}
          onChange={(event) => form.setData('reason', event.currentTarget.value)}
          error={form.errors.reason}
        />
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={form.processing}>
            Cancel the order
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

export default function OrderShow({ order }: { order: Order }) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/storefront`
  const url = `${base}/orders/${order.id}`
  const can = (permission: string) => shell?.permissions.includes(permission) ?? false
  const [dialog, setDialog] = useState<'fulfil' | 'refund' | 'cancel' | null>(null)
  const note = useForm({ note: '' })
  const money = (minor: number) => formatMoney(minor, order.currency)
  const address = order.shippingAddress

  return (
    <AppLayout>
      <Head title={`Order #${order.number}`} />
      <PageHeader
        title={`Order #${order.number}`}
        description={
          <Group gap="xs" component="span">
            <OrderStatusBadge value={order.status} />
            <PaymentStatusBadge value={order.paymentStatus} />
            <FulfilmentStatusBadge value={order.fulfillmentStatus} />
            <Text span fz="sm" c="dimmed">
              placed {new Date(order.placedAt).toLocaleString()}
            </Text>
          </Group>
        }
        actions={
          <Button
            component="a"
            href={`${url}/invoice.pdf`}
            target="_blank"
            variant="default"
            leftSection={<IconFileInvoice size={16} />}
          >
            Invoice (PDF)
          </Button>
        }
      />

      {can('storefront.orders.manage') || can('storefront.orders.refund') ? (
        <Group mb="lg" gap="sm">
          {can('storefront.orders.manage') && order.allowed.markPaid && (
            <SimpleAction
              action={`${url}/mark-paid`}
              label="Mark as paid"
              icon={<IconCash size={16} />}
              color="green"
            />
          )}
          {can('storefront.orders.manage') && order.allowed.fulfil && (
            <Button
              leftSection={<IconPackageExport size={16} />}
              onClick={() => setDialog('fulfil')}
            >
              Fulfil
            </Button>
          )}
          {can('storefront.orders.manage') && order.allowed.deliver && (
            <SimpleAction
              action={`${url}/deliver`}
              label="Mark as delivered"
              icon={<IconTruckDelivery size={16} />}
            />
          )}
          {can('storefront.orders.refund') && order.allowed.refund && (
            <Button
              variant="light"
              color="red"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={() => setDialog('refund')}
            >
              Refund
            </Button>
          )}
          {can('storefront.orders.manage') && order.allowed.cancel && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconX size={16} />}
              onClick={() => setDialog('cancel')}
            >
              Cancel order
            </Button>
          )}
        </Group>
      ) : null}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder padding={0} mb="lg">
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Item</Table.Th>
                  <Table.Th ta="right">Price</Table.Th>
                  <Table.Th ta="right">Qty</Table.Th>
                  <Table.Th ta="right">Total</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {order.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Text fz="sm" fw={500}>
                        {item.name}
                      </Text>
                      <Text fz="xs" c="dimmed">
                        {[item.variantTitle, item.sku].filter(Boolean).join(' · ')}
                        {item.refundedQuantity > 0 && ` · ${item.refundedQuantity} returned`}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{money(item.unitPriceMinor)}</Table.Td>
                    <Table.Td ta="right">{item.quantity}</Table.Td>
                    <Table.Td ta="right">{money(item.totalMinor)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Stack gap={4} p="md" align="flex-end">
              <Group gap="xl">
                <Text fz="sm">Subtotal</Text>
                <Text fz="sm">{money(order.subtotalMinor)}</Text>
              </Group>
              {order.discountMinor > 0 && (
                <Group gap="xl">
                  <Text fz="sm">Discount {order.discountCode && `(${order.discountCode})`}</Text>
                  <Text fz="sm">−{money(order.discountMinor)}</Text>
                </Group>
              )}
              <Group gap="xl">
                <Text fz="sm">Shipping {order.shippingMethod && `(${order.shippingMethod})`}</Text>
                <Text fz="sm">{money(order.shippingMinor)}</Text>
              </Group>
              <Group gap="xl">
                <Text fz="sm">{order.pricesIncludeTax ? 'Tax included' : 'Tax'}</Text>
                <Text fz="sm">{money(order.taxMinor)}</Text>
              </Group>
              <Group gap="xl">
                <Text fw={700}>Total</Text>
                <Text fw={700}>{money(order.totalMinor)}</Text>
              </Group>
              {order.refundedMinor > 0 && (
                <Group gap="xl">
                  <Text fz="sm" c="red">
                    Refunded
                  </Text>
                  <Text fz="sm" c="red">
                    −{money(order.refundedMinor)}
                  </Text>
                </Group>
              )}
            </Stack>
          </Card>

          <Card withBorder padding="md">
            <Title order={2} fz="lg" mb="md">
              Timeline
            </Title>
            {can('storefront.orders.manage') && (
              <AppForm
                action={`${url}/notes`}
                onSubmit={() =>
                  note.post(`${url}/notes`, { preserveScroll: true, onSuccess: () => note.reset() })
                }
              >
                <Group align="flex-start" mb="lg">
                  <Textarea
                    aria-label="Staff note"
                    placeholder="Add a note for the team (customers never see it)"
                    autosize
                    minRows={1}
                    style={{ flex: 1 }}
                    value={note.data.note}
                    onChange={(event) => note.setData('note', event.currentTarget.value)}
                    error={note.errors.note}
                  />
                  <Button
                    type="submit"
                    variant="light"
                    leftSection={<IconNote size={16} />}
                    loading={note.processing}
                  >
                    Add note
                  </Button>
                </Group>
              </AppForm>
            )}
            <Timeline bulletSize={14} lineWidth={2}>
              {order.timeline.map((event) => (
                <Timeline.Item
                  key={event.id}
                  color={
                    event.kind === 'note'
                      ? 'yellow'
                      : event.kind === 'cancelled'
                        ? 'red'
                        : undefined
                  }
                  title={<Text fz="sm">{event.message}</Text>}
                >
                  <Text fz="xs" c="dimmed">
                    {new Date(event.createdAt).toLocaleString()}
                    {event.actor && ` · ${event.actor}`}
                    {event.kind === 'note' && ' · staff note'}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </Card>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder padding="md" mb="lg">
            <Title order={2} fz="md" mb="xs">
              Customer
            </Title>
            {order.customerId && !order.anonymized ? (
              <Anchor component={Link} href={`${base}/customers/${order.customerId}`} fz="sm">
                {order.customerName}
              </Anchor>
            ) : (
              <Text fz="sm">{order.customerName}</Text>
            )}
            <Text fz="sm" c="dimmed">
              {order.email}
            </Text>
            {order.phone && (
              <Text fz="sm" c="dimmed">
                {order.phone}
              </Text>
            )}
            {!order.customerId && !order.anonymized && (
              <Text fz="xs" c="dimmed" mt={4}>
                Guest checkout
              </Text>
            )}
            <Divider my="sm" />
            <Text fz="sm" fw={500}>
              Shipping address
            </Text>
            <Text fz="sm">{address.name}</Text>
            <Text fz="sm">{address.line1}</Text>
            {address.line2 && <Text fz="sm">{address.line2}</Text>}
            <Text fz="sm">
              {address.postalCode} {address.city}
            </Text>
            {address.region && <Text fz="sm">{address.region}</Text>}
            <Text fz="sm">{address.country}</Text>
          </Card>

          <Card withBorder padding="md" mb="lg">
            <Title order={2} fz="md" mb="xs">
              Payment and delivery
            </Title>
            <Text fz="sm">{PAYMENT_METHOD_LABELS[order.paymentMethod] ?? order.paymentMethod}</Text>
            {order.carrier && (
              <Text fz="sm" mt="xs">
                {order.carrier} · {order.trackingNumber}
                {order.trackingUrl && (
                  <>
                    {' '}
                    <Anchor href={order.trackingUrl} target="_blank" rel="noreferrer" fz="sm">
                      track
                    </Anchor>
                  </>
                )}
              </Text>
            )}
          </Card>

          {order.refunds.length > 0 && (
            <Card withBorder padding="md">
              <Title order={2} fz="md" mb="xs">
                Refunds
              </Title>
              <Stack gap="xs">
                {order.refunds.map((refund) => (
                  <div key={refund.id}>
                    <Text fz="sm" fw={500}>
                      {money(refund.amountMinor)}
                      {refund.restock && ' · restocked'}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {new Date(refund.createdAt).toLocaleString()}
                      {refund.createdBy && ` · ${refund.createdBy}`}
                      {refund.reason && ` · ${refund.reason}`}
                    </Text>
                  </div>
                ))}
              </Stack>
            </Card>
          )}
        </Grid.Col>
      </Grid>

      <Modal
        opened={dialog === 'fulfil'}
        onClose={() => setDialog(null)}
        title={`Fulfil order #${order.number}`}
      >
        <FulfilForm action={`${url}/fulfil`} onDone={() => setDialog(null)} />
      </Modal>
      <Modal
        opened={dialog === 'refund'}
        onClose={() => setDialog(null)}
        title={`Refund order #${order.number}`}
      >
        <RefundForm order={order} action={`${url}/refund`} onDone={() => setDialog(null)} />
      </Modal>
      <Modal
        opened={dialog === 'cancel'}
        onClose={() => setDialog(null)}
        title={`Cancel order #${order.number}?`}
      >
        <CancelForm action={`${url}/cancel`} onDone={() => setDialog(null)} />
      </Modal>
    </AppLayout>
  )
}

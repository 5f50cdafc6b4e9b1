import { useEffect, useRef } from 'react'
import { Head } from '@inertiajs/react'
import { Alert, Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { ShopLayout, type ShopBrand } from '~/layouts/shop_layout'
import { useSharedProps } from '~/hooks/use_shared_props'
import { formatMoney } from '~/lib/money'

interface Props {
  shop: ShopBrand
  order: {
    id: string
    number: number
    email: string
    customerName: string
    status: string
    paymentStatus: string
    paymentMethod: string
    paymentMethodLabel: string
    currency: string
    pricesIncludeTax: boolean
    subtotalMinor: number
    discountMinor: number
    discountCode: string | null
    shippingMinor: number
    shippingMethod: string | null
    taxMinor: number
    totalMinor: number
    shippingAddress: {
      name: string
      line1: string
      line2?: string | null
      city: string
      postalCode: string
      country: string
    }
    placedAt: string
    items: {
      id: string
      name: string
      variantTitle: string | null
      quantity: number
      totalMinor: number
    }[]
  }
  bankInstructions: string | null
  canPayByCard: boolean
  payNow: boolean
  confirmingPayment: boolean
}

/**
 * Card payments leave the site: a plain form post, so the browser follows
 * the redirect to Stripe itself.
 */
function PayByCardForm({
  action,
  autoSubmit,
  color,
}: {
  action: string
  autoSubmit: boolean
  color: string
}) {
  const { csrfToken } = useSharedProps()
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (autoSubmit) formRef.current?.submit()
  }, [autoSubmit])
  return (
    <form ref={formRef} method="post" action={action}>
      {csrfToken && <input type="hidden" name="_csrf" value={csrfToken} />}
      <Button type="submit" color={color} autoContrast>
        {autoSubmit ? 'Taking you to the secure payment page…' : 'Pay by card now'}
      </Button>
    </form>
  )
}

export default function OrderConfirmation({
  shop,
  order,
  bankInstructions,
  canPayByCard,
  payNow,
  confirmingPayment,
}: Props) {
  const money = (minor: number) => formatMoney(minor, order.currency)
  const paid = order.paymentStatus !== 'unpaid'
  return (
    <ShopLayout shop={shop}>
      <Head title={`Order #${order.number} · ${shop.name}`} />
      <Card withBorder padding="xl" maw={720} mx="auto">
        <Stack gap="md">
          <Group gap="sm">
            <IconCircleCheck size={36} color="var(--mantine-color-green-7)" aria-hidden />
            <Title order={1} fz={26}>
              Thank you, {order.customerName}!
            </Title>
          </Group>
          <Text>
            Your order <strong>#{order.number}</strong> is placed. We sent a confirmation to{' '}
            <strong>{order.email}</strong>.
          </Text>
          <Group gap="xs">
            <Badge color={paid ? 'green' : 'yellow'} variant="light" size="lg">
              {paid ? 'Paid' : 'Awaiting payment'}
            </Badge>
            <Text fz="sm" c="dimmed">
              {order.paymentMethodLabel}
            </Text>
          </Group>
          {bankInstructions && (
            <Alert color="blue" title="How to pay by bank transfer">
              <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
                {bankInstructions}
              </Text>
              <Text fz="sm" mt="xs">
                Please use <strong>#{order.number}</strong> as the payment reference.
              </Text>
            </Alert>
          )}
          {order.paymentMethod === 'cash_on_delivery' && !paid && (
            <Alert color="blue">You pay {money(order.totalMinor)} when your order arrives.</Alert>
          )}
          {confirmingPayment && (
            <Alert color="blue">
              Stripe is confirming your payment. Reload this page in a moment to see it marked as
              paid.
            </Alert>
          )}
          {canPayByCard && !confirmingPayment && (
            <PayByCardForm
              action={`${shop.basePath}/orders/${order.id}/pay`}
              autoSubmit={payNow}
              color={shop.brandColor}
            />
          )}

          <Divider label="Your order" labelPosition="left" />
          {order.items.map((item) => (
            <Group key={item.id} justify="space-between" wrap="nowrap">
              <Text fz="sm">
                {item.name}
                {item.variantTitle ? ` (${item.variantTitle})` : ''} × {item.quantity}
              </Text>
              <Text fz="sm" fw={600}>
                {money(item.totalMinor)}
              </Text>
            </Group>
          ))}
          <Divider />
          <Group justify="space-between">
            <Text fz="sm">Subtotal</Text>
            <Text fz="sm">{money(order.subtotalMinor)}</Text>
          </Group>
          {order.discountMinor > 0 && (
            <Group justify="space-between">
              <Text fz="sm">Discount ({order.discountCode})</Text>
              <Text fz="sm">−{money(order.discountMinor)}</Text>
            </Group>
          )}
          <Group justify="space-between">
            <Text fz="sm">Shipping{order.shippingMethod ? ` (${order.shippingMethod})` : ''}</Text>
            <Text fz="sm">{money(order.shippingMinor)}</Text>
          </Group>
          <Group justify="space-between">
            <Text fz="sm">{order.pricesIncludeTax ? 'Tax included' : 'Tax'}</Text>
            <Text fz="sm">{money(order.taxMinor)}</Text>
          </Group>
          <Group justify="space-between">
            <Text fw={800}>Total</Text>
            <Text fw={800} fz="lg" data-total>
              {money(order.totalMinor)}
            </Text>
          </Group>
          <Divider label="Delivery" labelPosition="left" />
          <Text fz="sm">
            {order.shippingAddress.name}
            <br />
            {order.shippingAddress.line1}
            {order.shippingAddress.line2 ? (
              <>
                <br />
                {order.shippingAddress.line2}
              </>
            ) : null}
            <br />
            {order.shippingAddress.postalCode} {order.shippingAddress.city},{' '}
            {order.shippingAddress.country}
          </Text>
          <Button component="a" href={shop.basePath || '/'} variant="default" w="fit-content">
            Continue shopping
          </Button>
        </Stack>
      </Card>
    </ShopLayout>
  )
}

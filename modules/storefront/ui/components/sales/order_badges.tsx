import { Badge } from '@mantine/core'

const STATUS: Record<string, { label: string; color: string }> = {
  pending: { label: 'Pending', color: 'yellow' },
  paid: { label: 'Paid', color: 'blue' },
  fulfilled: { label: 'Fulfilled', color: 'grape' },
  delivered: { label: 'Delivered', color: 'green' },
  cancelled: { label: 'Cancelled', color: 'gray' },
}

const PAYMENT: Record<string, { label: string; color: string }> = {
  unpaid: { label: 'Unpaid', color: 'orange' },
  paid: { label: 'Paid', color: 'green' },
  partially_refunded: { label: 'Partly refunded', color: 'pink' },
  refunded: { label: 'Refunded', color: 'red' },
}

const FULFILMENT: Record<string, { label: string; color: string }> = {
  unfulfilled: { label: 'Unfulfilled', color: 'gray' },
  fulfilled: { label: 'Shipped', color: 'grape' },
  delivered: { label: 'Delivered', color: 'green' },
}

export const STATUS_OPTIONS = Object.entries(STATUS).map(([value, { label }]) => ({ value, label }))
export const PAYMENT_OPTIONS = Object.entries(PAYMENT).map(([value, { label }]) => ({
  value,
  label,
}))
export const FULFILMENT_OPTIONS = Object.entries(FULFILMENT).map(([value, { label }]) => ({
  value,
  label,
}))

export const PAYMENT_METHOD_LABELS: Record<string, string> = {
  stripe: 'Card (Stripe)',
  bank_transfer: 'Bank transfer',
  cash_on_delivery: 'Cash on delivery',
}

function make(table: Record<string, { label: string; color: string }>) {
  return function StatusBadge({ value }: { value: string }) {
    const entry = table[value] ?? { label: value, color: 'gray' }
    return (
      <Badge color={entry.color} variant="light">
        {entry.label}
      </Badge>
    )
  }
}

export const OrderStatusBadge = make(STATUS)
export const PaymentStatusBadge = make(PAYMENT)
export const FulfilmentStatusBadge = make(FULFILMENT)

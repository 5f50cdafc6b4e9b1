import { Badge } from '@mantine/core'

const LABELS: Record<string, { label: string; color: string }> = {
  pending: { label: 'Awaiting payment', color: 'yellow' },
  paid: { label: 'Paid', color: 'blue' },
  fulfilled: { label: 'Shipped', color: 'grape' },
  delivered: { label: 'Delivered', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'gray' },
}

export function OrderStatusBadge({ status }: { status: string }) {
  const shown = LABELS[status] ?? { label: status, color: 'gray' }
  return (
    <Badge color={shown.color} variant="light" data-order-status={status}>
      {shown.label}
    </Badge>
  )
}

import { Badge } from '@mantine/core'

const COLORS: Record<string, string> = {
  pending: 'blue',
  processed: 'teal',
  failed: 'red',
  ignored: 'gray',
}

export function StripeEventStatus({ status }: { status: string }) {
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light">
      {status}
    </Badge>
  )
}

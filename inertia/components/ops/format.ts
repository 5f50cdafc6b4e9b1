export const STATE_LABELS: Record<string, { label: string; color: string }> = {
  trialing: { label: 'Trialing', color: 'blue' },
  active: { label: 'Active', color: 'teal' },
  past_due: { label: 'Past due', color: 'orange' },
  restricted: { label: 'Restricted', color: 'red' },
  suspended: { label: 'Suspended', color: 'dark' },
  canceled: { label: 'Canceled', color: 'gray' },
  incomplete: { label: 'Incomplete', color: 'yellow' },
  none: { label: 'No subscription', color: 'gray' },
}

export const METRIC_LABELS: Record<string, string> = {
  products: 'Products',
  staff_seats: 'Staff seats',
  ai_messages: 'AI messages',
  emails: 'Emails',
  stream_minutes: 'Live-stream minutes',
  storage_mb: 'Storage (MB)',
}

export function usageLabel(usage: { used: number; limit: number | null }) {
  return usage.limit === null
    ? `${usage.used.toLocaleString('en')}`
    : `${usage.used.toLocaleString('en')} / ${usage.limit.toLocaleString('en')}`
}

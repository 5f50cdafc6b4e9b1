export function formatMoney(minor: number, currency: string) {
  const formatter = new Intl.NumberFormat('en', { style: 'currency', currency })
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2
  return formatter.format(minor / 10 ** digits)
}

export type StatusValue = 'draft' | 'active' | 'archived'

export const STATUS_OPTIONS: { value: StatusValue; label: string }[] = [
  { value: 'draft', label: 'Draft' },
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
]

export const STATUS_COLORS: Record<StatusValue, string> = {
  draft: 'gray',
  active: 'green',
  archived: 'orange',
}

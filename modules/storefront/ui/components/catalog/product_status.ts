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

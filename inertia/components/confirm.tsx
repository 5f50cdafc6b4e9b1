import type { ReactNode } from 'react'
import { Text } from '@mantine/core'
import { modals } from '@mantine/modals'

/**
 * Asks before a destructive action; `onConfirm` runs only on "confirm".
 */
export function confirmAction(options: {
  title: string
  message: ReactNode
  confirmLabel: string
  onConfirm: () => void
  danger?: boolean
}) {
  modals.openConfirmModal({
    title: options.title,
    children: <Text fz="sm">{options.message}</Text>,
    labels: { confirm: options.confirmLabel, cancel: 'Cancel' },
    confirmProps: { color: options.danger === false ? undefined : 'red' },
    onConfirm: options.onConfirm,
  })
}

import { Alert, Button, Group, Text } from '@mantine/core'
import { IconAlertTriangle, IconClock, IconLock } from '@tabler/icons-react'
import { usePage } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import type { Shell } from '~/hooks/use_shared_props'

const UNPAID_TITLES = {
  payment_failed: 'Payment overdue',
  trial_ended: 'Your free trial has ended',
  canceled: 'Your subscription has ended',
}

const UNPAID_ACTIONS = {
  payment_failed: 'We could not collect the subscription payment. Update the payment method',
  trial_ended: 'Choose a plan',
  canceled: 'Choose a plan',
}

function day(iso: string) {
  return new Date(iso).toLocaleDateString('en', { day: 'numeric', month: 'long', timeZone: 'UTC' })
}

/**
 * The workspace's billing notice on the back-office pages: trial ending,
 * payment overdue, or the workspace restricted (read-only).
 */
export function BillingBanner({ shell }: { shell: Shell }) {
  const { url } = usePage()
  const banner = shell.billing
  // The Billing page says all of it in place.
  if (!banner || url.split('?')[0] === banner.billingUrl) {
    return null
  }
  const color = { trial: 'blue', past_due: 'orange', restricted: 'red' }[banner.kind]
  const action = shell.permissions.includes('workspace.billing.manage') && (
    <Button size="xs" variant="filled" color={color} component={Link} href={banner.billingUrl}>
      Go to Billing
    </Button>
  )
  if (banner.kind === 'trial') {
    return (
      <Alert
        color="blue"
        variant="light"
        icon={<IconClock size={18} />}
        mb="md"
        data-billing-banner="trial"
      >
        <Group justify="space-between" gap="xs">
          <Text fz="sm">
            {banner.daysLeft === 0
              ? 'Your free trial ends today.'
              : `Your free trial ends in ${banner.daysLeft} day${banner.daysLeft === 1 ? '' : 's'}.`}{' '}
            Choose a plan to keep everything running.
          </Text>
          {action}
        </Group>
      </Alert>
    )
  }
  if (banner.kind === 'past_due') {
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        mb="md"
        title={UNPAID_TITLES[banner.reason]}
        data-billing-banner="past_due"
      >
        <Group justify="space-between" gap="xs">
          <Text fz="sm">
            {UNPAID_ACTIONS[banner.reason]} before {day(banner.restrictsOn)}, or the back office
            becomes read-only.
          </Text>
          {action}
        </Group>
      </Alert>
    )
  }
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconLock size={18} />}
      mb="md"
      title="Workspace restricted"
      data-billing-banner="restricted"
    >
      <Group justify="space-between" gap="xs">
        <Text fz="sm">
          The subscription is unpaid, so this workspace is read-only until the payment goes through.
          Nothing has been deleted.
        </Text>
        {action}
      </Group>
    </Alert>
  )
}

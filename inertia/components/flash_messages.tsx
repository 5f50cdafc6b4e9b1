import { useEffect } from 'react'
import { Anchor } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { Link } from '@adonisjs/inertia/react'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import { useSharedProps } from '~/hooks/use_shared_props'

/**
 * Shows the flash message of the last action (saved, sent, refused) as a
 * notification, announced to screen readers.
 */
export function FlashMessages() {
  const { flash } = useSharedProps()
  useEffect(() => {
    if (flash?.success) {
      notifications.show({ color: 'teal', message: flash.success, icon: <IconCheck size={18} /> })
    }
    if (flash?.error) {
      notifications.show({
        color: 'red',
        message: flash.upgradeUrl ? (
          <>
            {flash.error}{' '}
            <Anchor component={Link} href={flash.upgradeUrl} fz="sm" fw={600}>
              See plans
            </Anchor>
          </>
        ) : (
          flash.error
        ),
        icon: <IconAlertTriangle size={18} />,
        autoClose: flash.upgradeUrl ? false : 8000,
      })
    }
  }, [flash?.success, flash?.error, flash?.upgradeUrl])
  return null
}

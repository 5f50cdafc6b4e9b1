import { useState } from 'react'
import { router } from '@inertiajs/react'
import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Indicator,
  Loader,
  Popover,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core'
import { notifications as toasts } from '@mantine/notifications'
import { IconBell } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { RelativeTime } from '~/components/relative_time'
import { useChannel } from '~/realtime/use_channel'
import { getJson, postJson } from '~/lib/xsrf'
import type { Shell } from '~/hooks/use_shared_props'

export type LiveNotification = {
  id: string
  kind: string
  title: string
  body: string | null
  url: string | null
  read: boolean
  createdAt: string
}

type Summary = { unread: number; latest: LiveNotification[] }

/**
 * The bell in the back-office header: unread count, the latest
 * notifications, and new ones as they happen.
 */
export function NotificationBell({ shell }: { shell: Shell }) {
  const base = `/app/${shell.workspace.slug}/notifications`
  const [unread, setUnread] = useState(shell.unreadNotifications)
  const [seenUnread, setSeenUnread] = useState(shell.unreadNotifications)
  const [latest, setLatest] = useState<LiveNotification[] | null>(null)
  const [opened, setOpened] = useState(false)

  // A page visit brings the server's count: it wins over what we counted.
  if (shell.unreadNotifications !== seenUnread) {
    setSeenUnread(shell.unreadNotifications)
    setUnread(shell.unreadNotifications)
  }

  const refresh = async () => {
    const summary = await getJson<Summary>(`${base}/summary`)
    setUnread(summary.unread)
    setLatest(summary.latest)
  }

  useChannel<{ type: string; notification: LiveNotification }>(
    shell.liveChannel,
    ({ type, notification }) => {
      if (type !== 'notification') return
      setUnread((count) => count + 1)
      setLatest((items) => (items ? [notification, ...items].slice(0, 8) : items))
      toasts.show({ title: notification.title, message: notification.body ?? '', color: 'grape' })
    },
    () => void refresh().catch(() => {})
  )

  const open = (notification: LiveNotification) => {
    setOpened(false)
    if (!notification.read) {
      setUnread((count) => Math.max(0, count - 1))
      void postJson(`${base}/${notification.id}/read`).catch(() => {})
    }
    if (notification.url) {
      router.visit(notification.url)
    }
  }

  const markAllRead = async () => {
    await postJson(`${base}/read`)
    setUnread(0)
    setLatest((items) => items?.map((item) => ({ ...item, read: true })) ?? items)
  }

  return (
    <Popover
      width={360}
      position="bottom-end"
      shadow="md"
      opened={opened}
      onChange={setOpened}
      withinPortal
    >
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={18}
          disabled={unread === 0}
          color="red"
          offset={4}
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
            onClick={() => {
              setOpened((value) => !value)
              if (!opened) void refresh().catch(() => setLatest([]))
            }}
          >
            <IconBell size={20} stroke={1.6} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="md" py="sm">
          <Text fw={600}>Notifications</Text>
          <Button size="compact-xs" variant="subtle" disabled={unread === 0} onClick={markAllRead}>
            Mark all read
          </Button>
        </Group>
        <Box mah={380} style={{ overflowY: 'auto' }}>
          {latest === null ? (
            <Center py="lg">
              <Loader size="sm" aria-label="Loading notifications" />
            </Center>
          ) : latest.length === 0 ? (
            <Text fz="sm" c="dimmed" ta="center" py="lg" px="md">
              Nothing yet. New orders, chats waiting and team news show up here.
            </Text>
          ) : (
            <Stack gap={0}>
              {latest.map((notification) => (
                <UnstyledButton
                  key={notification.id}
                  onClick={() => open(notification)}
                  px="md"
                  py="sm"
                  style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                  bg={notification.read ? undefined : 'var(--mantine-primary-color-light)'}
                >
                  <Text fz="sm" fw={notification.read ? 400 : 600} lineClamp={1}>
                    {notification.title}
                  </Text>
                  {notification.body && (
                    <Text fz="xs" c="dimmed" lineClamp={2}>
                      {notification.body}
                    </Text>
                  )}
                  <Text fz="xs" c="dimmed">
                    <RelativeTime iso={notification.createdAt} />
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          )}
        </Box>
        <Box px="md" py="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Anchor component={Link} href={base} fz="sm" onClick={() => setOpened(false)}>
            All notifications and settings
          </Anchor>
        </Box>
      </Popover.Dropdown>
    </Popover>
  )
}

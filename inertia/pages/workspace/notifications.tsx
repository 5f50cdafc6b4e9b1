import { useState } from 'react'
import { Head, router } from '@inertiajs/react'
import {
  Button,
  Card,
  Grid,
  Group,
  Pagination,
  SegmentedControl,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core'
import { IconBellOff, IconChecks } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import type { LiveNotification } from '~/components/notification_bell'
import { useSharedProps } from '~/hooks/use_shared_props'
import { postJson } from '~/lib/xsrf'

type Kind = { key: string; label: string; channel: 'in_app' | 'email' }

type Props = {
  notifications: LiveNotification[]
  pagination: { page: number; lastPage: number; total: number }
  show: 'all' | 'unread'
  unread: number
  kinds: Kind[]
}

function ChannelSettings({ kinds, action }: { kinds: Kind[]; action: string }) {
  const initial = Object.fromEntries(kinds.map((kind) => [kind.key, kind.channel]))
  const [channels, setChannels] = useState<Record<string, string>>(initial)
  const [saving, setSaving] = useState(false)
  const dirty = kinds.some((kind) => channels[kind.key] !== kind.channel)

  return (
    <Card withBorder padding="lg">
      <Title order={2} fz="md">
        How you get them
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Everything shows up here and on the bell. Choose what also comes by email.
      </Text>
      {kinds.length === 0 ? (
        <Text fz="sm" c="dimmed">
          Nothing you can receive in this workspace yet.
        </Text>
      ) : (
        <Stack gap="md">
          {kinds.map((kind) => (
            <Stack key={kind.key} gap={4}>
              <Text fz="sm" fw={500} id={`kind-${kind.key}`}>
                {kind.label}
              </Text>
              <SegmentedControl
                aria-labelledby={`kind-${kind.key}`}
                size="xs"
                value={channels[kind.key]}
                onChange={(value) => setChannels((current) => ({ ...current, [kind.key]: value }))}
                data={[
                  { value: 'in_app', label: 'In the app' },
                  { value: 'email', label: 'Also by email' },
                ]}
              />
            </Stack>
          ))}
          <Group>
            <Button
              disabled={!dirty}
              loading={saving}
              onClick={() =>
                router.put(
                  action,
                  { channels },
                  {
                    preserveScroll: true,
                    onStart: () => setSaving(true),
                    onFinish: () => setSaving(false),
                  }
                )
              }
            >
              Save
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  )
}

export default function Notifications(props: Props) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/notifications`
  const visit = (query: Record<string, string | number>) =>
    router.get(base, query, { preserveScroll: true, preserveState: true })

  const open = async (notification: LiveNotification) => {
    if (!notification.read) {
      await postJson(`${base}/${notification.id}/read`).catch(() => {})
    }
    if (notification.url) {
      router.visit(notification.url)
    } else {
      router.reload()
    }
  }

  return (
    <AppLayout>
      <Head title="Notifications" />
      <PageHeader
        title="Notifications"
        description={props.unread > 0 ? `${props.unread} unread` : 'You are all caught up.'}
        actions={
          <Button
            variant="default"
            leftSection={<IconChecks size={16} />}
            disabled={props.unread === 0}
            onClick={() => router.post(`${base}/read`, {}, { preserveScroll: true })}
          >
            Mark all read
          </Button>
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <SegmentedControl
            mb="md"
            aria-label="Which notifications to show"
            value={props.show}
            onChange={(value) => visit({ show: value })}
            data={[
              { value: 'all', label: 'All' },
              { value: 'unread', label: `Unread (${props.unread})` },
            ]}
          />
          {props.notifications.length === 0 ? (
            <Card withBorder padding="xl">
              <Stack align="center" gap="xs">
                <IconBellOff size={28} aria-hidden="true" />
                <Text fw={600}>
                  {props.show === 'unread' ? 'No unread notifications' : 'No notifications yet'}
                </Text>
                <Text fz="sm" c="dimmed" ta="center">
                  New orders, customers waiting in the chat and team news show up here as they
                  happen.
                </Text>
              </Stack>
            </Card>
          ) : (
            <Card withBorder padding={0}>
              <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {props.notifications.map((notification) => (
                  <li key={notification.id}>
                    <UnstyledButton
                      onClick={() => open(notification)}
                      w="100%"
                      p="md"
                      bg={notification.read ? undefined : 'var(--mantine-primary-color-light)'}
                      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
                    >
                      <Group justify="space-between" align="flex-start" wrap="nowrap">
                        <div>
                          <Text fw={notification.read ? 400 : 600}>{notification.title}</Text>
                          {notification.body && (
                            <Text fz="sm" c="dimmed">
                              {notification.body}
                            </Text>
                          )}
                        </div>
                        <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          <RelativeTime iso={notification.createdAt} />
                        </Text>
                      </Group>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
            </Card>
          )}
          {props.pagination.lastPage > 1 && (
            <Pagination
              mt="md"
              total={props.pagination.lastPage}
              value={props.pagination.page}
              onChange={(page) => visit({ show: props.show, page })}
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ChannelSettings
            key={props.kinds.map((kind) => `${kind.key}:${kind.channel}`).join()}
            kinds={props.kinds}
            action={`${base}/channels`}
          />
        </Grid.Col>
      </Grid>
    </AppLayout>
  )
}

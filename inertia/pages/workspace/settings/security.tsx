import { Head, router } from '@inertiajs/react'
import { Anchor, Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { auditActionLabel } from '~/components/audit_action_label'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'

type Session = {
  id: string
  ip: string | null
  userAgent: string | null
  lastSeenAt: string
  current: boolean
}
type Activity = {
  id: string
  action: string
  actor: string | null
  ip: string | null
  createdAt: string
}

export default function Security(props: {
  sessions: Session[]
  activity: Activity[]
  canViewAudit: boolean
}) {
  const { shell } = useSharedProps()
  return (
    <AppLayout>
      <Head title="Security" />
      <PageHeader
        title="Security"
        description="Where you are signed in, and your team's account activity."
      />
      <Stack gap="lg" maw={960}>
        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Your sessions
          </Title>
          <Table verticalSpacing="sm">
            <Table.Tbody>
              {props.sessions.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    <Text fz="sm">{session.userAgent ?? 'Unknown browser'}</Text>
                    <Text fz="xs" c="dimmed">
                      {session.ip ?? 'unknown address'} · last active{' '}
                      <RelativeTime iso={session.lastSeenAt} />
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" w={140}>
                    {session.current ? (
                      <Badge color="teal">This browser</Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() =>
                          confirmAction({
                            title: 'Sign out this session?',
                            message: 'That browser will have to sign in again.',
                            confirmLabel: 'Sign out',
                            onConfirm: () =>
                              router.delete(`/account/sessions/${session.id}`, {
                                preserveScroll: true,
                              }),
                          })
                        }
                      >
                        Sign out
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Anchor component={Link} href="/account" fz="sm" mt="sm" display="inline-block">
            Password and email settings
          </Anchor>
        </Card>
        {props.canViewAudit && (
          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb="sm">
              Team account activity
            </Title>
            {props.activity.length === 0 ? (
              <Text c="dimmed" fz="sm">
                Nothing yet.
              </Text>
            ) : (
              <Table verticalSpacing="xs">
                <Table.Tbody>
                  {props.activity.map((event) => (
                    <Table.Tr key={event.id}>
                      <Table.Td>{auditActionLabel(event.action)}</Table.Td>
                      <Table.Td>{event.actor}</Table.Td>
                      <Table.Td c="dimmed">{event.ip}</Table.Td>
                      <Table.Td>
                        <RelativeTime iso={event.createdAt} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Anchor
              component={Link}
              href={`/app/${shell?.workspace.slug}/settings/audit`}
              fz="sm"
              mt="sm"
              display="inline-block"
            >
              Open the full audit log
            </Anchor>
          </Card>
        )}
      </Stack>
    </AppLayout>
  )
}

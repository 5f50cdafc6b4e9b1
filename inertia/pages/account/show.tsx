import { Head, router, useForm } from '@inertiajs/react'
import {
  Badge,
  Button,
  Card,
  Group,
  PasswordInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { auditActionLabel } from '~/components/audit_action_label'
import { confirmAction } from '~/components/confirm'
import { AppForm } from '~/components/app_form'

type Session = {
  id: string
  ip: string | null
  userAgent: string | null
  createdAt: string
  lastSeenAt: string
  current: boolean
}
type SecurityEvent = { id: string; action: string; ip: string | null; createdAt: string }

export default function Account(props: {
  account: { name: string; email: string; verified: boolean; hasPassword: boolean }
  sessions: Session[]
  events: SecurityEvent[]
}) {
  const profile = useForm({ name: props.account.name })
  const email = useForm({ email: props.account.email, current_password: '' })
  const password = useForm({ current_password: '', password: '', password_confirmation: '' })

  return (
    <AppLayout>
      <Head title="Your account" />
      <PageHeader
        title="Your account"
        description="Your login for every Wrencos workspace you belong to."
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} maw={1100}>
        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Profile
          </Title>
          <AppForm
            action="/account/profile"
            method="put"
            onSubmit={() => {
              profile.put('/account/profile')
            }}
          >
            <Stack>
              <TextInput
                label="Name"
                value={profile.data.name}
                onChange={(event) => profile.setData('name', event.currentTarget.value)}
                error={profile.errors.name}
              />
              <Button
                type="submit"
                loading={profile.processing}
                style={{ alignSelf: 'flex-start' }}
              >
                Save profile
              </Button>
            </Stack>
          </AppForm>
        </Card>

        <Card withBorder padding="lg">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="md">
              Email address
            </Title>
            <Badge color={props.account.verified ? 'teal' : 'yellow'}>
              {props.account.verified ? 'Confirmed' : 'Not confirmed'}
            </Badge>
          </Group>
          <AppForm
            action="/account/email"
            method="put"
            onSubmit={() => {
              email.put('/account/email', { onSuccess: () => email.reset('current_password') })
            }}
          >
            <Stack>
              <TextInput
                label="Email"
                type="email"
                value={email.data.email}
                onChange={(event) => email.setData('email', event.currentTarget.value)}
                error={email.errors.email}
              />
              <PasswordInput
                label="Current password"
                description="Needed to change your email."
                autoComplete="current-password"
                value={email.data.current_password}
                onChange={(event) => email.setData('current_password', event.currentTarget.value)}
                error={email.errors.current_password}
              />
              <Button type="submit" loading={email.processing} style={{ alignSelf: 'flex-start' }}>
                Change email
              </Button>
            </Stack>
          </AppForm>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Password
          </Title>
          <AppForm
            action="/account/password"
            method="put"
            onSubmit={() => {
              password.put('/account/password', { onSuccess: () => password.reset() })
            }}
          >
            <Stack>
              {props.account.hasPassword && (
                <PasswordInput
                  label="Current password"
                  autoComplete="current-password"
                  value={password.data.current_password}
                  onChange={(event) =>
                    password.setData('current_password', event.currentTarget.value)
                  }
                  error={password.errors.current_password}
                />
              )}
              <PasswordInput
                label="New password"
                autoComplete="new-password"
                description="At least 10 characters, with letters and a digit or symbol."
                value={password.data.password}
                onChange={(event) => password.setData('password', event.currentTarget.value)}
                error={password.errors.password}
              />
              <PasswordInput
                label="Repeat the new password"
                autoComplete="new-password"
                value={password.data.password_confirmation}
                onChange={(event) =>
                  password.setData('password_confirmation', event.currentTarget.value)
                }
                error={password.errors.password_confirmation}
              />
              <Button
                type="submit"
                loading={password.processing}
                style={{ alignSelf: 'flex-start' }}
              >
                Change password
              </Button>
            </Stack>
          </AppForm>
        </Card>

        <Card withBorder padding="lg">
          <Group justify="space-between" mb="sm">
            <Title order={2} fz="md">
              Where you are signed in
            </Title>
            {props.sessions.length > 1 && (
              <Button
                size="xs"
                variant="light"
                color="red"
                onClick={() =>
                  confirmAction({
                    title: 'Sign out everywhere else?',
                    message: 'Every other browser will have to sign in again.',
                    confirmLabel: 'Sign out the others',
                    onConfirm: () =>
                      router.post('/account/sessions/end-others', {}, { preserveScroll: true }),
                  })
                }
              >
                Sign out the others
              </Button>
            )}
          </Group>
          <Table verticalSpacing="xs">
            <Table.Tbody>
              {props.sessions.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    <Text fz="sm" lineClamp={1}>
                      {session.userAgent ?? 'Unknown browser'}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {session.ip ?? 'unknown address'} · active{' '}
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
                          router.delete(`/account/sessions/${session.id}`, { preserveScroll: true })
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
          <Title order={3} fz="sm" mt="lg" mb="xs">
            Recent activity
          </Title>
          {props.events.map((event) => (
            <Text key={event.id} fz="xs" c="dimmed">
              {auditActionLabel(event.action)} · {event.ip} · <RelativeTime iso={event.createdAt} />
            </Text>
          ))}
        </Card>
      </SimpleGrid>
    </AppLayout>
  )
}

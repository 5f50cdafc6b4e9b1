import { Head, router, useForm } from '@inertiajs/react'
import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconMailForward, IconSend, IconTrash, IconUserMinus } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'
import { AppForm } from '~/components/app_form'

type Member = {
  id: string
  name: string
  email: string
  role: string
  joinedAt: string
  isYou: boolean
  disabled: boolean
}
type PendingInvitation = {
  id: string
  email: string
  role: string
  state: string
  invitedBy: string | null
  expiresAt: string
  lastSentAt: string
}
type RoleOption = { value: string; label: string; description: string }

const RANK: Record<string, number> = { owner: 5, admin: 4, manager: 3, agent: 2, employee: 1 }

export default function Team(props: {
  members: Member[]
  invitations: PendingInvitation[]
  roles: RoleOption[]
  canManage: boolean
  yourRole: string
}) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/settings/team`
  const grantable = props.roles.filter((role) => RANK[role.value] <= RANK[props.yourRole])
  const roleLabel = (value: string) =>
    props.roles.find((role) => role.value === value)?.label ?? value
  const invite = useForm({ email: '', role: 'employee' })

  return (
    <AppLayout>
      <Head title="Team" />
      <PageHeader
        title="Team"
        description="The people who work in this workspace and what they may do."
      />
      <Stack gap="lg" maw={960}>
        {props.canManage && (
          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb="sm">
              Invite someone
            </Title>
            <AppForm
              action={`${base}/invitations`}
              onSubmit={() => {
                invite.post(`${base}/invitations`, { onSuccess: () => invite.reset('email') })
              }}
            >
              <Group align="flex-start" wrap="wrap">
                <TextInput
                  label="Email"
                  type="email"
                  name="email"
                  required
                  placeholder="name@example.com"
                  value={invite.data.email}
                  onChange={(event) => invite.setData('email', event.currentTarget.value)}
                  error={invite.errors.email}
                  style={{ flex: 1, minWidth: 240 }}
                />
                <Select
                  label="Role"
                  name="role"
                  data={grantable.map(({ value, label }) => ({ value, label }))}
                  value={invite.data.role}
                  onChange={(value) => invite.setData('role', value ?? 'employee')}
                  error={invite.errors.role}
                  allowDeselect={false}
                  w={180}
                />
                <Button
                  type="submit"
                  mt={25}
                  loading={invite.processing}
                  leftSection={<IconSend size={16} />}
                >
                  Send invitation
                </Button>
              </Group>
              <Text fz="xs" c="dimmed" mt="xs">
                {props.roles.find((role) => role.value === invite.data.role)?.description}
              </Text>
            </AppForm>
          </Card>
        )}

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Members ({props.members.length})
          </Title>
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Person</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Joined</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.members.map((member) => {
                  const manageable = props.canManage && RANK[member.role] <= RANK[props.yourRole]
                  return (
                    <Table.Tr key={member.id}>
                      <Table.Td>
                        <Text fw={600}>
                          {member.name} {member.isYou && <Badge size="xs">You</Badge>}{' '}
                          {member.disabled && (
                            <Badge size="xs" color="red">
                              Disabled
                            </Badge>
                          )}
                        </Text>
                        <Text fz="xs" c="dimmed">
                          {member.email}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {manageable ? (
                          <Select
                            aria-label={`Role of ${member.name}`}
                            data={grantable.map(({ value, label }) => ({ value, label }))}
                            value={member.role}
                            allowDeselect={false}
                            w={150}
                            onChange={(role) =>
                              role &&
                              role !== member.role &&
                              router.put(
                                `${base}/members/${member.id}`,
                                { role },
                                { preserveScroll: true }
                              )
                            }
                          />
                        ) : (
                          <Badge variant="light">{roleLabel(member.role)}</Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <RelativeTime iso={member.joinedAt} />
                      </Table.Td>
                      <Table.Td>
                        {(manageable || member.isYou) && (
                          <Button
                            variant="subtle"
                            color="red"
                            size="xs"
                            leftSection={<IconUserMinus size={14} />}
                            onClick={() =>
                              confirmAction({
                                title: member.isYou
                                  ? 'Leave this workspace?'
                                  : `Remove ${member.name}?`,
                                message: member.isYou
                                  ? 'You will lose access to this workspace until someone invites you again.'
                                  : `${member.name} will lose access to this workspace immediately. Their work stays.`,
                                confirmLabel: member.isYou ? 'Leave' : 'Remove',
                                onConfirm: () =>
                                  router.delete(`${base}/members/${member.id}`, {
                                    preserveScroll: true,
                                  }),
                              })
                            }
                          >
                            {member.isYou ? 'Leave' : 'Remove'}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Pending invitations
          </Title>
          {props.invitations.length === 0 ? (
            <Text c="dimmed" fz="sm">
              No pending invitations.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Email</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th aria-label="Actions" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {props.invitations.map((invitation) => (
                    <Table.Tr key={invitation.id}>
                      <Table.Td>
                        <Text>{invitation.email}</Text>
                        {invitation.invitedBy && (
                          <Text fz="xs" c="dimmed">
                            Invited by {invitation.invitedBy}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{roleLabel(invitation.role)}</Table.Td>
                      <Table.Td>
                        {invitation.state === 'expired' ? (
                          <Badge color="orange">Expired</Badge>
                        ) : (
                          <Text fz="sm">
                            Expires <RelativeTime iso={invitation.expiresAt} />
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {props.canManage && (
                          <Group gap="xs" justify="flex-end">
                            <Button
                              size="xs"
                              variant="subtle"
                              leftSection={<IconMailForward size={14} />}
                              onClick={() =>
                                router.post(
                                  `${base}/invitations/${invitation.id}/resend`,
                                  {},
                                  { preserveScroll: true }
                                )
                              }
                            >
                              Resend
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              leftSection={<IconTrash size={14} />}
                              onClick={() =>
                                confirmAction({
                                  title: 'Revoke this invitation?',
                                  message: `The link sent to ${invitation.email} will stop working.`,
                                  confirmLabel: 'Revoke',
                                  onConfirm: () =>
                                    router.delete(`${base}/invitations/${invitation.id}`, {
                                      preserveScroll: true,
                                    }),
                                })
                              }
                            >
                              Revoke
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      </Stack>
    </AppLayout>
  )
}

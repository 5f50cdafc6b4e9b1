import { useState } from 'react'
import { Head } from '@inertiajs/react'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconArrowLeft, IconLock, IconLockOpen, IconSpy } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { OpsLayout } from '~/layouts/ops_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { ReasonDialog } from '~/components/ops/reason_dialog'
import { auditActionLabel } from '~/components/audit_action_label'
import { formatMoney } from '~/lib/money'
import { METRIC_LABELS, STATE_LABELS, usageLabel } from '~/components/ops/format'

type Member = {
  id: string
  name: string
  email: string
  role: string
  operator: boolean
  disabled: boolean
  joinedAt: string
}

type Props = {
  tenant: {
    id: string
    name: string
    slug: string
    state: string
    planName: string | null
    currency: string | null
    mrrMinor: number
    ownerEmail: string | null
    createdAt: string
    lastActivityAt: string | null
    country: string
    customDomain: string | null
    suspendedReason: string | null
    suspendedAt: string | null
  }
  members: Member[]
  modules: { key: string; name: string; status: string; inPlan: boolean | null }[]
  subscription: {
    planName: string | null
    interval: string
    status: string
    trialEndsAt: string | null
    currentPeriodStart: string
    currentPeriodEnd: string
    cancelAtPeriodEnd: boolean
    pastDueSince: string | null
    restrictedAt: string | null
    stripeCustomerId: string | null
    stripeSubscriptionId: string | null
  } | null
  usage: { metric: string; used: number; limit: number | null }[]
  events: {
    id: string
    action: string
    actor: string | null
    impersonator: string | null
    subject: string | null
    details: string | null
    createdAt: string
  }[]
  impersonations: {
    id: string
    operator: string
    user: string
    reason: string
    startedAt: string
    endedAt: string | null
    endReason: string | null
  }[]
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="sm" component="div">
        {children}
      </Text>
    </div>
  )
}

export default function OpsTenant(props: Props) {
  const { tenant, subscription } = props
  const [dialog, setDialog] = useState<'suspend' | 'unsuspend' | null>(null)
  const [actingAs, setActingAs] = useState<Member | null>(null)
  const state = STATE_LABELS[tenant.state] ?? { label: tenant.state, color: 'gray' }
  const suspended = tenant.state === 'suspended'

  return (
    <OpsLayout>
      <Head title={`${tenant.name} · Operator console`} />
      <Anchor component={Link} href="/ops/tenants" fz="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden="true" /> All workspaces
        </Group>
      </Anchor>
      <PageHeader
        title={tenant.name}
        description={
          <Group gap="xs" component="span">
            <Badge color={state.color} variant="light" component="span">
              {state.label}
            </Badge>
            <span>
              /{tenant.slug} · owner {tenant.ownerEmail ?? 'none'}
            </span>
          </Group>
        }
        actions={
          suspended ? (
            <Button
              color="teal"
              leftSection={<IconLockOpen size={16} />}
              onClick={() => setDialog('unsuspend')}
            >
              Lift suspension
            </Button>
          ) : (
            <Button
              color="red"
              variant="light"
              leftSection={<IconLock size={16} />}
              onClick={() => setDialog('suspend')}
            >
              Suspend
            </Button>
          )
        }
      />
      {suspended && (
        <Alert color="dark" variant="light" mb="lg" title="Suspended" icon={<IconLock size={18} />}>
          {tenant.suspendedReason}
          {tenant.suspendedAt && (
            <Text fz="xs" c="dimmed">
              Since <RelativeTime iso={tenant.suspendedAt} />
            </Text>
          )}
        </Alert>
      )}

      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb="sm">
              Subscription
            </Title>
            {subscription ? (
              <SimpleGrid cols={2} spacing="sm">
                <Fact label="Plan">
                  {subscription.planName ?? '—'} ({subscription.interval}ly)
                </Fact>
                <Fact label="Status">{subscription.status.replace('_', ' ')}</Fact>
                <Fact label="MRR">
                  {tenant.currency ? formatMoney(tenant.mrrMinor, tenant.currency) : '—'}
                </Fact>
                <Fact label="Current period">
                  {new Date(subscription.currentPeriodStart).toLocaleDateString('en')} –{' '}
                  {new Date(subscription.currentPeriodEnd).toLocaleDateString('en')}
                </Fact>
                {subscription.trialEndsAt && (
                  <Fact label="Trial ends">
                    <RelativeTime iso={subscription.trialEndsAt} />
                  </Fact>
                )}
                {subscription.cancelAtPeriodEnd && (
                  <Fact label="Cancels">At the end of the period</Fact>
                )}
                {subscription.pastDueSince && (
                  <Fact label="Past due since">
                    <RelativeTime iso={subscription.pastDueSince} />
                  </Fact>
                )}
                {subscription.restrictedAt && (
                  <Fact label="Restricted since">
                    <RelativeTime iso={subscription.restrictedAt} />
                  </Fact>
                )}
                <Fact label="Stripe customer">{subscription.stripeCustomerId ?? '—'}</Fact>
                <Fact label="Stripe subscription">{subscription.stripeSubscriptionId ?? '—'}</Fact>
              </SimpleGrid>
            ) : (
              <Text c="dimmed" fz="sm">
                No subscription yet.
              </Text>
            )}
            <SimpleGrid cols={2} spacing="sm" mt="md">
              <Fact label="Created">
                <RelativeTime iso={tenant.createdAt} />
              </Fact>
              <Fact label="Last activity">
                {tenant.lastActivityAt ? <RelativeTime iso={tenant.lastActivityAt} /> : 'Never'}
              </Fact>
              <Fact label="Country">{tenant.country}</Fact>
              <Fact label="Custom domain">{tenant.customDomain ?? '—'}</Fact>
            </SimpleGrid>
          </Card>

          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb="sm">
              Usage this period
            </Title>
            <Stack gap="sm">
              {props.usage.map((usage) => (
                <div key={usage.metric}>
                  <Group justify="space-between">
                    <Text fz="sm">{METRIC_LABELS[usage.metric] ?? usage.metric}</Text>
                    <Text fz="sm" c="dimmed">
                      {usageLabel(usage)}
                      {usage.limit === null && ' (unlimited)'}
                    </Text>
                  </Group>
                  {usage.limit !== null && (
                    <Progress
                      value={
                        usage.limit === 0 ? 100 : Math.min(100, (usage.used / usage.limit) * 100)
                      }
                      color={usage.used >= usage.limit ? 'red' : 'blue'}
                      aria-label={`${METRIC_LABELS[usage.metric] ?? usage.metric} used`}
                    />
                  )}
                </div>
              ))}
            </Stack>
          </Card>
        </SimpleGrid>

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Members ({props.members.length})
          </Title>
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Person</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Joined</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.members.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Td>
                      <Text fw={600}>
                        {member.name}{' '}
                        {member.operator && (
                          <Badge size="xs" color="dark">
                            Operator
                          </Badge>
                        )}{' '}
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
                      <Badge variant="light">{member.role}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <RelativeTime iso={member.joinedAt} />
                    </Table.Td>
                    <Table.Td ta="right">
                      {!member.operator && !member.disabled && !suspended && (
                        <Button
                          size="xs"
                          variant="light"
                          color="orange"
                          leftSection={<IconSpy size={14} />}
                          onClick={() => setActingAs(member)}
                        >
                          Act as {member.name}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Modules
          </Title>
          <Group gap="xs">
            {props.modules.map((module) => (
              <Badge
                key={module.key}
                variant={module.status === 'enabled' ? 'filled' : 'outline'}
                color={module.status === 'enabled' ? 'teal' : 'gray'}
                tt="none"
              >
                {module.name}: {module.status}
                {module.inPlan === false && ' · not in plan'}
              </Badge>
            ))}
          </Group>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Recent audit events
          </Title>
          {props.events.length === 0 ? (
            <Text c="dimmed" fz="sm">
              Nothing recorded yet.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table verticalSpacing="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Action</Table.Th>
                    <Table.Th>By</Table.Th>
                    <Table.Th>Details</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {props.events.map((event) => (
                    <Table.Tr key={event.id}>
                      <Table.Td>
                        <RelativeTime iso={event.createdAt} />
                      </Table.Td>
                      <Table.Td>{auditActionLabel(event.action)}</Table.Td>
                      <Table.Td>
                        {event.impersonator
                          ? `operator ${event.impersonator} as user ${event.actor ?? '?'}`
                          : (event.actor ?? 'System')}
                      </Table.Td>
                      <Table.Td>{event.details && <Code fz="xs">{event.details}</Code>}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>

        {props.impersonations.length > 0 && (
          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb="sm">
              Impersonations
            </Title>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Started</Table.Th>
                  <Table.Th>Operator</Table.Th>
                  <Table.Th>As</Table.Th>
                  <Table.Th>Reason</Table.Th>
                  <Table.Th>Ended</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.impersonations.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <RelativeTime iso={item.startedAt} />
                    </Table.Td>
                    <Table.Td>{item.operator}</Table.Td>
                    <Table.Td>{item.user}</Table.Td>
                    <Table.Td>{item.reason}</Table.Td>
                    <Table.Td>
                      {item.endedAt ? (
                        <>
                          <RelativeTime iso={item.endedAt} /> ({item.endReason})
                        </>
                      ) : (
                        'running'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        )}
      </Stack>

      <ReasonDialog
        opened={dialog === 'suspend'}
        onClose={() => setDialog(null)}
        title={`Suspend ${tenant.name}?`}
        message="Its back office and storefront show a suspended page until you lift the suspension. Nothing is deleted. The reason is shown to its staff and kept in the audit log."
        action={`/ops/tenants/${tenant.id}/suspend`}
        confirmLabel="Suspend"
      />
      <ReasonDialog
        opened={dialog === 'unsuspend'}
        onClose={() => setDialog(null)}
        title={`Lift the suspension of ${tenant.name}?`}
        message="Its back office and storefront work again at once."
        action={`/ops/tenants/${tenant.id}/unsuspend`}
        confirmLabel="Lift suspension"
        color="teal"
      />
      <ReasonDialog
        opened={actingAs !== null}
        onClose={() => setActingAs(null)}
        title={`Act as ${actingAs?.name ?? ''}?`}
        message={`For 15 minutes you see ${tenant.name}'s back office as ${actingAs?.email ?? ''} does. Everything you do is recorded in the workspace's audit log under both names.`}
        action={`/ops/tenants/${tenant.id}/impersonations`}
        confirmLabel="Start acting as this user"
        color="orange"
        extra={{ user_id: actingAs?.id ?? '' }}
      />
    </OpsLayout>
  )
}

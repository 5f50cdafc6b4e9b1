import { Head, router } from '@inertiajs/react'
import { Anchor, Badge, Button, Card, Group, Table, Text } from '@mantine/core'
import { IconArchive, IconCloudUpload, IconPlus } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { OpsLayout } from '~/layouts/ops_layout'
import { PageHeader } from '~/components/page_header'
import { confirmAction } from '~/components/confirm'
import { formatMoney } from '~/lib/money'

type PlanRow = {
  id: string
  key: string
  name: string
  currency: string
  monthlyPriceMinor: number
  yearlyPriceMinor: number
  trialDays: number
  modules: string[]
  isPublic: boolean
  isDefault: boolean
  sortOrder: number
  archived: boolean
  stripe: 'synced' | 'needs_sync' | 'stripe_not_configured'
  stripeProductId: string | null
  subscriptions: number
}

const STRIPE_BADGES = {
  synced: { label: 'In sync', color: 'teal' },
  needs_sync: { label: 'Not synced', color: 'orange' },
  stripe_not_configured: { label: 'Stripe not configured', color: 'gray' },
} as const

export default function OpsPlans(props: { plans: PlanRow[]; stripeConfigured: boolean }) {
  return (
    <OpsLayout>
      <Head title="Plans · Operator console" />
      <PageHeader
        title="Plans"
        description="What workspaces can subscribe to, in the order the pricing page shows them."
        actions={
          <Button component={Link} href="/ops/plans/new" leftSection={<IconPlus size={16} />}>
            New plan
          </Button>
        }
      />
      <Card withBorder padding={0}>
        {props.plans.length === 0 ? (
          <Text c="dimmed" p="lg">
            No plans yet. Create the first one.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Order</Table.Th>
                  <Table.Th>Plan</Table.Th>
                  <Table.Th ta="right">Monthly</Table.Th>
                  <Table.Th ta="right">Yearly</Table.Th>
                  <Table.Th>Modules</Table.Th>
                  <Table.Th>Workspaces</Table.Th>
                  <Table.Th>Stripe</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.plans.map((plan) => {
                  const stripe = STRIPE_BADGES[plan.stripe]
                  return (
                    <Table.Tr key={plan.id} opacity={plan.archived ? 0.6 : 1}>
                      <Table.Td>{plan.sortOrder}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} href={`/ops/plans/${plan.id}/edit`} fw={600}>
                          {plan.name}
                        </Anchor>
                        <Group gap={4} mt={2}>
                          <Text fz="xs" c="dimmed">
                            {plan.key} · {plan.trialDays}-day trial
                          </Text>
                          {plan.isDefault && (
                            <Badge size="xs" color="blue">
                              Default
                            </Badge>
                          )}
                          {!plan.isPublic && !plan.archived && (
                            <Badge size="xs" color="gray">
                              Hidden
                            </Badge>
                          )}
                          {plan.archived && (
                            <Badge size="xs" color="dark">
                              Archived
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatMoney(plan.monthlyPriceMinor, plan.currency)}
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatMoney(plan.yearlyPriceMinor, plan.currency)}
                      </Table.Td>
                      <Table.Td>
                        <Text fz="sm">{plan.modules.join(', ') || '—'}</Text>
                      </Table.Td>
                      <Table.Td>{plan.subscriptions}</Table.Td>
                      <Table.Td>
                        <Badge color={stripe.color} variant="light">
                          {stripe.label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          {plan.stripe === 'needs_sync' && (
                            <Button
                              size="xs"
                              variant="light"
                              leftSection={<IconCloudUpload size={14} />}
                              onClick={() =>
                                router.post(
                                  `/ops/plans/${plan.id}/sync`,
                                  {},
                                  { preserveScroll: true }
                                )
                              }
                            >
                              Sync to Stripe
                            </Button>
                          )}
                          {!plan.archived && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              leftSection={<IconArchive size={14} />}
                              onClick={() =>
                                confirmAction({
                                  title: `Archive ${plan.name}?`,
                                  message:
                                    'It is no longer offered and its Stripe product is deactivated. Workspaces on it keep it until they change plans.',
                                  confirmLabel: 'Archive',
                                  onConfirm: () =>
                                    router.post(
                                      `/ops/plans/${plan.id}/archive`,
                                      {},
                                      { preserveScroll: true }
                                    ),
                                })
                              }
                            >
                              Archive
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </OpsLayout>
  )
}

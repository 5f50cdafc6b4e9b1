import { Head } from '@inertiajs/react'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { OpsLayout } from '~/layouts/ops_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { formatMoney } from '~/lib/money'
import { METRIC_LABELS, STATE_LABELS, usageLabel } from '~/components/ops/format'
import { ListFooter, useListFilters } from '~/components/filtered_list'

type Usage = { metric: string; used: number; limit: number | null }

type TenantRow = {
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
  usage: Usage[]
}

export default function OpsTenants(props: {
  tenants: TenantRow[]
  pagination: { page: number; lastPage: number; total: number; perPage: number }
  filters: { search: string; state: string; plan: string }
  states: string[]
  plans: { id: string; name: string; archived: boolean }[]
}) {
  const { filters, setFilters, apply } = useListFilters('/ops/tenants', props.filters)

  return (
    <OpsLayout>
      <Head title="Workspaces · Operator console" />
      <PageHeader
        title="Workspaces"
        description="Every workspace on the platform, its plan, state, revenue and usage."
      />
      <Card withBorder padding="md" mb="md">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            apply()
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label="Search"
              name="search"
              placeholder="Name, web address or owner email"
              value={filters.search}
              onChange={(event) => setFilters({ ...filters, search: event.currentTarget.value })}
              w={300}
            />
            <Select
              label="State"
              placeholder="Any state"
              clearable
              data={props.states.map((state) => ({
                value: state,
                label: STATE_LABELS[state]?.label ?? state,
              }))}
              value={filters.state || null}
              onChange={(value) => setFilters({ ...filters, state: value ?? '' })}
              w={190}
            />
            <Select
              label="Plan"
              placeholder="Any plan"
              clearable
              data={props.plans.map((plan) => ({
                value: plan.id,
                label: plan.archived ? `${plan.name} (archived)` : plan.name,
              }))}
              value={filters.plan || null}
              onChange={(value) => setFilters({ ...filters, plan: value ?? '' })}
              w={190}
            />
            <Button type="submit" leftSection={<IconSearch size={16} />}>
              Search
            </Button>
          </Group>
        </form>
      </Card>
      <Card withBorder padding={0}>
        {props.tenants.length === 0 ? (
          <Text c="dimmed" p="lg">
            No workspace matches.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={1000}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Workspace</Table.Th>
                  <Table.Th>Plan</Table.Th>
                  <Table.Th>State</Table.Th>
                  <Table.Th ta="right">MRR</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last activity</Table.Th>
                  <Table.Th>Usage</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.tenants.map((tenant) => {
                  const state = STATE_LABELS[tenant.state] ?? { label: tenant.state, color: 'gray' }
                  return (
                    <Table.Tr key={tenant.id}>
                      <Table.Td>
                        <Anchor component={Link} href={`/ops/tenants/${tenant.id}`} fw={600}>
                          {tenant.name}
                        </Anchor>
                        <Text fz="xs" c="dimmed">
                          /{tenant.slug} · {tenant.ownerEmail ?? 'no owner'}
                        </Text>
                      </Table.Td>
                      <Table.Td>{tenant.planName ?? '—'}</Table.Td>
                      <Table.Td>
                        <Badge color={state.color} variant="light">
                          {state.label}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">
                        {tenant.currency ? formatMoney(tenant.mrrMinor, tenant.currency) : '—'}
                      </Table.Td>
                      <Table.Td>
                        <RelativeTime iso={tenant.createdAt} />
                      </Table.Td>
                      <Table.Td>
                        {tenant.lastActivityAt ? (
                          <RelativeTime iso={tenant.lastActivityAt} />
                        ) : (
                          <Text fz="sm" c="dimmed">
                            Never
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={0}>
                          {tenant.usage.map((usage) => (
                            <Text fz="xs" key={usage.metric}>
                              {METRIC_LABELS[usage.metric] ?? usage.metric}: {usageLabel(usage)}
                            </Text>
                          ))}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <ListFooter pagination={props.pagination} noun={['workspace', 'workspaces']} onPage={apply} />
    </OpsLayout>
  )
}

import { Head } from '@inertiajs/react'
import { Badge, Button, Card, Code, Group, Select, Table, Text, TextInput } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { auditActionLabel } from '~/components/audit_action_label'
import { useSharedProps } from '~/hooks/use_shared_props'
import { ListFooter, useListFilters } from '~/components/filtered_list'

type Event = {
  id: string
  action: string
  actor: string | null
  impersonator: string | null
  subjectType: string | null
  subject: string | null
  details: string | null
  ip: string | null
  userAgent: string | null
  createdAt: string
}

export default function AuditLog(props: {
  events: Event[]
  pagination: { page: number; lastPage: number; total: number; perPage: number }
  filters: { action: string; actor: string; from: string; to: string }
  actions: string[]
}) {
  const { shell } = useSharedProps()
  const url = `/app/${shell?.workspace.slug}/settings/audit`
  const { filters, setFilters, apply } = useListFilters(url, props.filters)

  return (
    <AppLayout>
      <Head title="Audit log" />
      <PageHeader
        title="Audit log"
        description="Security- and money-relevant actions in this workspace. Entries cannot be changed or deleted."
      />
      <Card withBorder padding="md" mb="md">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            apply()
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <Select
              label="Action"
              placeholder="Any action"
              clearable
              searchable
              data={props.actions.map((action) => ({
                value: action,
                label: auditActionLabel(action),
              }))}
              value={filters.action || null}
              onChange={(value) => setFilters({ ...filters, action: value ?? '' })}
              w={240}
            />
            <TextInput
              label="Person"
              placeholder="Email contains…"
              value={filters.actor}
              onChange={(event) => setFilters({ ...filters, actor: event.currentTarget.value })}
              w={220}
            />
            <TextInput
              label="From"
              type="date"
              value={filters.from}
              onChange={(event) => setFilters({ ...filters, from: event.currentTarget.value })}
            />
            <TextInput
              label="To"
              type="date"
              value={filters.to}
              onChange={(event) => setFilters({ ...filters, to: event.currentTarget.value })}
            />
            <Button type="submit" leftSection={<IconFilter size={16} />}>
              Filter
            </Button>
          </Group>
        </form>
      </Card>
      <Card withBorder padding={0}>
        {props.events.length === 0 ? (
          <Text c="dimmed" p="lg">
            No events match these filters.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table verticalSpacing="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>By</Table.Th>
                  <Table.Th>Subject</Table.Th>
                  <Table.Th>Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.events.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>
                      <RelativeTime iso={event.createdAt} />
                      <Text fz="xs" c="dimmed">
                        {event.ip}
                      </Text>
                    </Table.Td>
                    <Table.Td>{auditActionLabel(event.action)}</Table.Td>
                    <Table.Td>
                      {event.actor ?? 'System'}
                      {event.impersonator && (
                        <Badge size="xs" color="orange" ml={4} tt="none">
                          operator {event.impersonator} as this user
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{event.subject}</Table.Td>
                    <Table.Td>
                      {event.details && (
                        <Code block fz="xs" maw={360}>
                          {event.details}
                        </Code>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <ListFooter pagination={props.pagination} noun={['event', 'events']} onPage={apply} />
    </AppLayout>
  )
}

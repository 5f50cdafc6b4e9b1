import { Head } from '@inertiajs/react'
import { Anchor, Button, Card, Group, Select, Table, Text } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { OpsLayout } from '~/layouts/ops_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { StripeEventStatus } from '~/components/ops/stripe_event_status'
import { ListFooter, useListFilters } from '~/components/filtered_list'

type EventRow = {
  id: string
  type: string
  status: string
  attempts: number
  error: string | null
  receivedAt: string
  processedAt: string | null
}

export default function OpsStripeEvents(props: {
  events: EventRow[]
  pagination: { page: number; lastPage: number; total: number; perPage: number }
  filters: { status: string; type: string }
  statuses: string[]
  types: string[]
}) {
  const { filters, setFilters, apply } = useListFilters('/ops/stripe-events', props.filters)

  return (
    <OpsLayout>
      <Head title="Stripe events · Operator console" />
      <PageHeader
        title="Stripe events"
        description="Every billing webhook Stripe sent, and how processing it went."
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
              label="Status"
              placeholder="Any status"
              clearable
              data={props.statuses}
              value={filters.status || null}
              onChange={(value) => setFilters({ ...filters, status: value ?? '' })}
              w={180}
            />
            <Select
              label="Type"
              placeholder="Any type"
              clearable
              searchable
              data={props.types}
              value={filters.type || null}
              onChange={(value) => setFilters({ ...filters, type: value ?? '' })}
              w={300}
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
            No events match.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Received</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Attempts</Table.Th>
                  <Table.Th>Error</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.events.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>
                      <RelativeTime iso={event.receivedAt} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} href={`/ops/stripe-events/${event.id}`} fw={600}>
                        {event.type}
                      </Anchor>
                      <Text fz="xs" c="dimmed">
                        {event.id}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <StripeEventStatus status={event.status} />
                    </Table.Td>
                    <Table.Td ta="right">{event.attempts}</Table.Td>
                    <Table.Td>
                      <Text fz="xs" c={event.status === 'failed' ? 'red' : 'dimmed'} lineClamp={2}>
                        {event.error}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <ListFooter pagination={props.pagination} noun={['event', 'events']} onPage={apply} />
    </OpsLayout>
  )
}

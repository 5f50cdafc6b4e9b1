import { Head, router } from '@inertiajs/react'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { ListFooter, useListFilters } from '~/components/filtered_list'
import { useSharedProps } from '~/hooks/use_shared_props'
import { useChannel } from '~/realtime/use_channel'
import {
  answererLabel,
  STATUS_COLORS,
  type Agent,
  type ConversationMode,
  type ConversationStatus,
} from '../../components/inbox/types'

type Row = {
  id: string
  name: string
  email: string | null
  channel: string
  mode: ConversationMode
  status: ConversationStatus
  assignedUserId: string | null
  tags: string[]
  preview: string
  lastMessageAt: string | null
  handedOffAt: string | null
  unread: number
}

type Tab = 'waiting' | 'mine' | 'open' | 'resolved' | 'all'

type Props = {
  conversations: Row[]
  pagination: { page: number; lastPage: number; total: number }
  filters: { tab: Tab; q: string }
  counts: { waiting: number; mine: number }
  agents: Agent[]
  channel: string
}

const EMPTY: Record<Tab, string> = {
  waiting: 'Nobody is waiting for a person. Customers who ask for one appear here, oldest first.',
  mine: 'No open conversations are assigned to you.',
  open: 'No open conversations.',
  resolved: 'No resolved conversations yet.',
  all: 'No conversations yet. They appear here as soon as a customer writes in the chat.',
}

export default function InboxIndex(props: Props) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/chat/inbox`
  const { filters, setFilters, apply } = useListFilters(base, props.filters)
  const agentName = (id: string | null) => props.agents.find((agent) => agent.id === id)?.name

  useChannel(
    props.channel,
    () => router.reload({ only: ['conversations', 'pagination', 'counts'] }),
    () => router.reload()
  )

  const showTab = (tab: string | null) =>
    router.get(base, { tab: tab ?? 'waiting', ...(filters.q ? { q: filters.q } : {}) })

  return (
    <AppLayout>
      <Head title="Inbox" />
      <PageHeader
        title="Inbox"
        description="Conversations with your customers. Take over from the assistant at any moment."
      />
      <Tabs value={props.filters.tab} onChange={showTab} mb="md">
        <Tabs.List>
          <Tabs.Tab
            value="waiting"
            rightSection={
              props.counts.waiting > 0 ? (
                <Badge size="sm" color="orange" circle>
                  {props.counts.waiting}
                </Badge>
              ) : null
            }
          >
            Waiting
          </Tabs.Tab>
          <Tabs.Tab
            value="mine"
            rightSection={
              props.counts.mine > 0 ? (
                <Badge size="sm" circle>
                  {props.counts.mine}
                </Badge>
              ) : null
            }
          >
            Mine
          </Tabs.Tab>
          <Tabs.Tab value="open">Open</Tabs.Tab>
          <Tabs.Tab value="resolved">Resolved</Tabs.Tab>
          <Tabs.Tab value="all">All</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          apply()
        }}
      >
        <Group mb="md" align="flex-end">
          <TextInput
            aria-label="Search conversations"
            placeholder="Customer name, email or message"
            leftSection={<IconSearch size={16} />}
            value={filters.q}
            onChange={(event) => setFilters({ ...filters, q: event.currentTarget.value })}
            w={320}
          />
          <Button type="submit" variant="default">
            Search
          </Button>
        </Group>
      </form>
      <Card withBorder padding={0}>
        {props.conversations.length === 0 ? (
          <Text c="dimmed" p="lg">
            {props.filters.q ? 'No conversations match this search.' : EMPTY[props.filters.tab]}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Customer</Table.Th>
                  <Table.Th>Last message</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Assigned</Table.Th>
                  <Table.Th>
                    {props.filters.tab === 'waiting' ? 'Waiting since' : 'Activity'}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.conversations.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor
                          component={Link}
                          href={`${base}/${row.id}`}
                          fw={row.unread > 0 ? 700 : 500}
                          fz="sm"
                        >
                          {row.name}
                        </Anchor>
                        {row.unread > 0 && (
                          <Badge size="sm" color="red" aria-label={`${row.unread} unread`}>
                            {row.unread}
                          </Badge>
                        )}
                      </Group>
                      <Text fz="xs" c="dimmed">
                        {row.email ?? `Visitor · ${row.channel}`}
                      </Text>
                    </Table.Td>
                    <Table.Td maw={360}>
                      <Text fz="sm" truncate>
                        {row.preview}
                      </Text>
                      {row.tags.length > 0 && (
                        <Group gap={4} mt={4}>
                          {row.tags.map((tag) => (
                            <Badge key={tag} size="xs" variant="outline">
                              {tag}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Badge color={STATUS_COLORS[row.status]} variant="light" size="sm">
                          {row.status}
                        </Badge>
                        <Text fz="xs" c="dimmed">
                          {answererLabel(row)}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td fz="sm">{agentName(row.assignedUserId) ?? '—'}</Table.Td>
                    <Table.Td fz="sm">
                      {props.filters.tab === 'waiting' && row.handedOffAt ? (
                        <RelativeTime iso={row.handedOffAt} />
                      ) : row.lastMessageAt ? (
                        <RelativeTime iso={row.lastMessageAt} />
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <ListFooter
        pagination={props.pagination}
        noun={['conversation', 'conversations']}
        onPage={apply}
      />
    </AppLayout>
  )
}

import { useState } from 'react'
import { Head, router } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import {
  IconFilter,
  IconHelpCircle,
  IconPencil,
  IconPlus,
  IconSearch,
  IconSparkles,
  IconTrash,
} from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { confirmAction } from '~/components/confirm'
import { ListFooter, useListFilters, type ListPagination } from '~/components/filtered_list'
import { useSharedProps } from '~/hooks/use_shared_props'

type Faq = {
  id: string
  question: string
  answer: string
  category: string | null
  tags: string[]
  priority: number
  active: boolean
}

type FaqHit = {
  id: string
  question: string
  answer: string
  category: string | null
  score: number
}

type Props = {
  faqs: Faq[]
  pagination: ListPagination
  filters: { q: string; category: string; status: string }
  categories: string[]
  trial: { question: string; hits: FaqHit[] } | null
}

/** Shows which FAQs the assistant would answer a typed question with. */
function QuestionTester({ url, trial }: { url: string; trial: Props['trial'] }) {
  const [question, setQuestion] = useState(trial?.question ?? '')
  const [testing, setTesting] = useState(false)
  return (
    <Card withBorder padding="md" mb="md">
      <Title order={2} fz="md" mb={4}>
        Test a question
      </Title>
      <Text fz="sm" c="dimmed" mb="sm">
        Type what a customer might write to see which FAQs the assistant would answer with.
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          router.get(
            url,
            { ...Object.fromEntries(new URLSearchParams(window.location.search)), test: question },
            {
              only: ['trial'],
              preserveState: true,
              preserveScroll: true,
              onStart: () => setTesting(true),
              onFinish: () => setTesting(false),
            }
          )
        }}
      >
        <Group align="flex-end">
          <TextInput
            aria-label="Customer question"
            placeholder="Can I send back a cream I opened?"
            maxLength={500}
            value={question}
            onChange={(event) => setQuestion(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light" loading={testing} disabled={!question.trim()}>
            Test
          </Button>
        </Group>
      </form>
      {trial && (
        <Stack gap="xs" mt="md" data-testid="faq-test-results">
          {trial.hits.length === 0 ? (
            <Text fz="sm">
              No FAQ matches “{trial.question}”. The assistant would search your pages and catalog
              and offer to reach a person.
            </Text>
          ) : (
            trial.hits.map((hit, index) => (
              <Card
                key={hit.id}
                withBorder
                padding="sm"
                bg={index === 0 ? 'var(--mantine-color-default-hover)' : undefined}
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text fw={600} fz="sm">
                      {hit.question}
                    </Text>
                    <Text fz="sm" c="dimmed" lineClamp={2}>
                      {hit.answer}
                    </Text>
                  </div>
                  <Badge variant="light" color={index === 0 ? 'teal' : 'gray'}>
                    {index === 0 ? 'Best match' : `Score ${hit.score.toFixed(2)}`}
                  </Badge>
                </Group>
              </Card>
            ))
          )}
        </Stack>
      )}
    </Card>
  )
}

function EmptyState({ base, filtered }: { base: string; filtered: boolean }) {
  if (filtered) {
    return (
      <Text c="dimmed" p="lg">
        No FAQ matches these filters.
      </Text>
    )
  }
  return (
    <Stack align="center" py={48} gap="xs">
      <IconHelpCircle size={40} stroke={1.2} />
      <Text fw={600}>No FAQ yet</Text>
      <Text c="dimmed" fz="sm" ta="center" maw={420}>
        The assistant answers customers from your FAQ first. Write your own, or start from common
        questions of beauty shops and adapt them.
      </Text>
      <Group mt="sm">
        <Button component={Link} href={`${base}/new`} leftSection={<IconPlus size={16} />}>
          Create your first FAQ
        </Button>
        <Button
          variant="default"
          leftSection={<IconSparkles size={16} />}
          onClick={() => router.post(`${base}/starter`)}
        >
          Add starter FAQs
        </Button>
      </Group>
    </Stack>
  )
}

export default function FaqsIndex(props: Props) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/chat/faqs`
  const { filters, setFilters, apply } = useListFilters(base, props.filters)
  const filtered = Object.values(props.filters).some(Boolean)

  return (
    <AppLayout>
      <Head title="FAQ" />
      <PageHeader
        title="FAQ"
        description="Questions the assistant answers the same way every time, highest priority first."
        actions={
          <Button component={Link} href={`${base}/new`} leftSection={<IconPlus size={16} />}>
            New FAQ
          </Button>
        }
      />
      <QuestionTester url={base} trial={props.trial} />
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
              placeholder="Question, answer or tag…"
              leftSection={<IconSearch size={16} />}
              value={filters.q}
              onChange={(event) => setFilters({ ...filters, q: event.currentTarget.value })}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Select
              label="Category"
              placeholder="Any category"
              clearable
              searchable
              data={props.categories}
              value={filters.category || null}
              onChange={(value) => setFilters({ ...filters, category: value ?? '' })}
              w={200}
            />
            <Select
              label="Status"
              placeholder="Active or not"
              clearable
              data={[
                { value: 'active', label: 'Active' },
                { value: 'inactive', label: 'Switched off' },
              ]}
              value={filters.status || null}
              onChange={(value) => setFilters({ ...filters, status: value ?? '' })}
              w={160}
            />
            <Button type="submit" variant="light" leftSection={<IconFilter size={16} />}>
              Filter
            </Button>
          </Group>
        </form>
      </Card>
      <Card withBorder padding={0}>
        {props.faqs.length === 0 ? (
          <EmptyState base={base} filtered={filtered} />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Question</Table.Th>
                  <Table.Th>Category</Table.Th>
                  <Table.Th ta="right">Priority</Table.Th>
                  <Table.Th>Active</Table.Th>
                  <Table.Th w={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.faqs.map((faq) => (
                  <Table.Tr key={faq.id} data-faq={faq.id}>
                    <Table.Td maw={460}>
                      <Anchor component={Link} href={`${base}/${faq.id}/edit`} fw={600}>
                        {faq.question}
                      </Anchor>
                      <Text fz="sm" c="dimmed" lineClamp={1}>
                        {faq.answer}
                      </Text>
                      {faq.tags.length > 0 && (
                        <Group gap={4} mt={4}>
                          {faq.tags.map((tag) => (
                            <Badge key={tag} size="xs" variant="outline" tt="none">
                              {tag}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {faq.category ? (
                        <Badge variant="light" tt="none">
                          {faq.category}
                        </Badge>
                      ) : (
                        <Text c="dimmed">—</Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{faq.priority}</Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={`Active: ${faq.question}`}
                        checked={faq.active}
                        onChange={(event) =>
                          router.put(
                            `${base}/${faq.id}/active`,
                            { active: event.currentTarget.checked },
                            { preserveScroll: true }
                          )
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon
                          component={Link}
                          href={`${base}/${faq.id}/edit`}
                          variant="subtle"
                          aria-label={`Edit ${faq.question}`}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete ${faq.question}`}
                          onClick={() =>
                            confirmAction({
                              title: 'Delete this FAQ?',
                              message: `“${faq.question}” will no longer be used by the assistant. This cannot be undone.`,
                              confirmLabel: 'Delete FAQ',
                              onConfirm: () =>
                                router.delete(`${base}/${faq.id}`, { preserveScroll: true }),
                            })
                          }
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <ListFooter pagination={props.pagination} noun={['FAQ', 'FAQs']} onPage={apply} />
    </AppLayout>
  )
}

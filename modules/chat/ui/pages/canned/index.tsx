import { useState } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import { ListFooter, useListFilters } from '~/components/filtered_list'
import { useSharedProps } from '~/hooks/use_shared_props'

type CannedResponse = { id: string; title: string; shortcut: string; body: string }

type Props = {
  responses: CannedResponse[]
  pagination: { page: number; lastPage: number; total: number }
  filters: { q: string }
}

function CannedForm({
  base,
  editing,
  onDone,
}: {
  base: string
  editing: CannedResponse | null
  onDone: () => void
}) {
  const form = useForm({
    title: editing?.title ?? '',
    shortcut: editing?.shortcut ?? '',
    body: editing?.body ?? '',
  })
  const action = editing ? `${base}/${editing.id}` : base
  const submit = () => {
    const options = { preserveScroll: true, onSuccess: onDone }
    if (editing) form.put(action, options)
    else form.post(action, options)
  }
  return (
    <AppForm action={action} method={editing ? 'put' : 'post'} onSubmit={submit}>
      <Stack>
        <TextInput
          label="Title"
          required
          data-autofocus
          maxLength={80}
          value={form.data.title}
          onChange={(event) => form.setData('title', event.currentTarget.value)}
          error={form.errors.title}
        />
        <TextInput
          label="Shortcut"
          description="Typed after “/” in the reply box. Lowercase letters, digits, - and _."
          required
          leftSection="/"
          maxLength={40}
          value={form.data.shortcut}
          onChange={(event) =>
            form.setData('shortcut', event.currentTarget.value.toLowerCase().replace(/^\//, ''))
          }
          error={form.errors.shortcut}
        />
        <Textarea
          label="Message"
          required
          autosize
          minRows={4}
          maxLength={4000}
          value={form.data.body}
          onChange={(event) => form.setData('body', event.currentTarget.value)}
          error={form.errors.body}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.processing}>
            {editing ? 'Save' : 'Create'}
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

export default function CannedResponsesIndex(props: Props) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/chat/canned-responses`
  const { filters, setFilters, apply } = useListFilters(base, props.filters)
  const [editing, setEditing] = useState<CannedResponse | 'new'>('new')
  const [opened, setOpened] = useState(false)
  // A new key each time the form opens, so it starts from what is being edited.
  const [formKey, setFormKey] = useState(0)
  const open = (target: CannedResponse | 'new') => {
    setEditing(target)
    setFormKey((key) => key + 1)
    setOpened(true)
  }

  return (
    <AppLayout>
      <Head title="Canned responses" />
      <PageHeader
        title="Canned responses"
        description="Ready answers your team inserts in a chat by typing “/” and the shortcut."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => open('new')}>
            New canned response
          </Button>
        }
      />
      <form
        onSubmit={(event) => {
          event.preventDefault()
          apply()
        }}
      >
        <Group mb="md">
          <TextInput
            aria-label="Search canned responses"
            placeholder="Title, shortcut or text"
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
        {props.responses.length === 0 ? (
          <Text c="dimmed" p="lg">
            {props.filters.q
              ? 'No canned responses match this search.'
              : 'No canned responses yet. Create one for the answers your team writes again and again.'}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Shortcut</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Message</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.responses.map((response) => (
                  <Table.Tr key={response.id}>
                    <Table.Td ff="monospace">/{response.shortcut}</Table.Td>
                    <Table.Td fw={500}>{response.title}</Table.Td>
                    <Table.Td maw={420}>
                      <Text fz="sm" lineClamp={2}>
                        {response.body}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Edit /${response.shortcut}`}
                          onClick={() => open(response)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete /${response.shortcut}`}
                          onClick={() =>
                            confirmAction({
                              title: `Delete /${response.shortcut}?`,
                              message: 'Your team will no longer be able to insert it.',
                              confirmLabel: 'Delete',
                              onConfirm: () =>
                                router.delete(`${base}/${response.id}`, { preserveScroll: true }),
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
      <ListFooter
        pagination={props.pagination}
        noun={['canned response', 'canned responses']}
        onPage={apply}
      />
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={editing === 'new' ? 'New canned response' : `Edit /${editing.shortcut}`}
        size="lg"
      >
        <CannedForm
          key={formKey}
          base={base}
          editing={editing === 'new' ? null : editing}
          onDone={() => setOpened(false)}
        />
      </Modal>
    </AppLayout>
  )
}

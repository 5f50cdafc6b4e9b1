import { useState } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core'
import { IconAdjustments, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'
import { CatalogTabs } from '../../../components/catalog/catalog_tabs'

type Kind = 'text' | 'select' | 'multi_select'
type AttributeRow = {
  id: string
  key: string
  label: string
  kind: Kind
  options: string[]
  filterable: boolean
}

const KINDS: { value: Kind; label: string }[] = [
  { value: 'text', label: 'Free text' },
  { value: 'select', label: 'One of a list' },
  { value: 'multi_select', label: 'Several of a list' },
]

function AttributeEditor({
  base,
  editing,
  onClose,
}: {
  base: string
  editing: AttributeRow | null
  onClose: () => void
}) {
  const form = useForm<{ label: string; kind: Kind; options: string[]; filterable: boolean }>({
    label: editing?.label ?? '',
    kind: editing?.kind ?? 'multi_select',
    options: editing?.options ?? [],
    filterable: editing?.filterable ?? true,
  })
  const action = editing ? `${base}/attributes/${editing.id}` : `${base}/attributes`
  const optionsError = Object.entries(form.errors).find(([key]) => key.startsWith('options'))?.[1]
  return (
    <AppForm
      action={action}
      method={editing ? 'put' : 'post'}
      onSubmit={() => {
        const options = { preserveScroll: true, onSuccess: onClose }
        if (editing) {
          form.put(action, options)
        } else {
          form.post(action, options)
        }
      }}
    >
      <Stack>
        <TextInput
          label="Label"
          name="label"
          required
          data-autofocus
          value={form.data.label}
          onChange={(event) => form.setData('label', event.currentTarget.value)}
          error={form.errors.label}
        />
        <Select
          label="Type"
          data={KINDS}
          allowDeselect={false}
          value={form.data.kind}
          onChange={(value) => form.setData('kind', (value ?? 'text') as Kind)}
          error={form.errors.kind}
        />
        {form.data.kind !== 'text' && (
          <TagsInput
            label="Allowed values"
            placeholder="Type a value and press Enter"
            value={form.data.options}
            onChange={(options) => form.setData('options', options)}
            error={optionsError}
          />
        )}
        <Checkbox
          label="Shoppers can filter the storefront by it"
          checked={form.data.filterable}
          onChange={(event) => form.setData('filterable', event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={form.processing}>
            {editing ? 'Save attribute' : 'Add attribute'}
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

export default function AttributesIndex(props: { attributes: AttributeRow[]; canManage: boolean }) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/storefront`
  const [editor, setEditor] = useState<{ editing: AttributeRow | null } | null>(null)
  const [opened, setOpened] = useState(false)
  const [session, setSession] = useState(0)
  const open = (next: NonNullable<typeof editor>) => {
    setEditor(next)
    setSession(session + 1)
    setOpened(true)
  }

  return (
    <AppLayout>
      <Head title="Attributes" />
      <PageHeader
        title="Attributes"
        description="What your products are described by (skin type, finish…) and what shoppers can filter by."
        actions={
          props.canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => open({ editing: null })}>
              New attribute
            </Button>
          )
        }
      />
      <CatalogTabs active="attributes" canManage={props.canManage} />
      <Card withBorder padding={0}>
        {props.attributes.length === 0 ? (
          <Stack align="center" py={48} gap="xs">
            <IconAdjustments size={40} stroke={1.2} />
            <Text fw={600}>No attributes yet.</Text>
            <Text c="dimmed" fz="sm">
              Add what describes your products, for example Material or Colour.
            </Text>
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Attribute</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Values</Table.Th>
                  <Table.Th>Filter</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.attributes.map((attribute) => (
                  <Table.Tr key={attribute.id} data-attribute={attribute.key}>
                    <Table.Td>
                      <Text fw={600}>{attribute.label}</Text>
                    </Table.Td>
                    <Table.Td>
                      {KINDS.find((kind) => kind.value === attribute.kind)?.label}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {attribute.options.map((option) => (
                          <Badge key={option} variant="light" tt="none">
                            {option}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>{attribute.filterable ? 'Yes' : 'No'}</Table.Td>
                    <Table.Td>
                      {props.canManage && (
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="subtle"
                            leftSection={<IconPencil size={14} />}
                            onClick={() => open({ editing: attribute })}
                          >
                            Edit
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            leftSection={<IconTrash size={14} />}
                            onClick={() =>
                              confirmAction({
                                title: `Remove ${attribute.label}?`,
                                message:
                                  'Products lose their values of this attribute and the storefront stops offering it as a filter.',
                                confirmLabel: 'Remove attribute',
                                onConfirm: () =>
                                  router.delete(`${base}/attributes/${attribute.id}`, {
                                    preserveScroll: true,
                                  }),
                              })
                            }
                          >
                            Remove
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
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={editor?.editing ? `Edit ${editor.editing.label}` : 'New attribute'}
      >
        {editor && (
          <AttributeEditor
            key={session}
            base={base}
            editing={editor.editing}
            onClose={() => setOpened(false)}
          />
        )}
      </Modal>
    </AppLayout>
  )
}

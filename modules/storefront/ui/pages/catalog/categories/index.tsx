import { Head, router, useForm } from '@inertiajs/react'
import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconCategory, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'
import { CatalogTabs } from '../../../components/catalog/catalog_tabs'

type CategoryNode = {
  id: string
  name: string
  slug: string
  parentId: string | null
  description: string | null
  seoTitle: string | null
  seoDescription: string | null
  productCount: number
  depth: number
  children: CategoryNode[]
}

type CategoryForm = {
  name: string
  slug: string
  parent_id: string | null
  description: string
  seo_title: string
  seo_description: string
}

function flatten(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)])
}

function descendantsOf(node: CategoryNode): string[] {
  return node.children.flatMap((child) => [child.id, ...descendantsOf(child)])
}

function CategoryEditor({
  base,
  editing,
  parentId,
  all,
  onClose,
}: {
  base: string
  editing: CategoryNode | null
  parentId: string | null
  all: CategoryNode[]
  onClose: () => void
}) {
  const form = useForm<CategoryForm>({
    name: editing?.name ?? '',
    slug: editing?.slug ?? '',
    parent_id: editing ? editing.parentId : parentId,
    description: editing?.description ?? '',
    seo_title: editing?.seoTitle ?? '',
    seo_description: editing?.seoDescription ?? '',
  })
  const excluded = new Set(editing ? [editing.id, ...descendantsOf(editing)] : [])
  const action = editing ? `${base}/categories/${editing.id}` : `${base}/categories`
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
          label="Name"
          name="name"
          required
          data-autofocus
          value={form.data.name}
          onChange={(event) => form.setData('name', event.currentTarget.value)}
          error={form.errors.name}
        />
        <Select
          label="Inside"
          placeholder="Top level"
          clearable
          data={all
            .filter((node) => !excluded.has(node.id))
            .map((node) => ({ value: node.id, label: `${'— '.repeat(node.depth)}${node.name}` }))}
          value={form.data.parent_id}
          onChange={(value) => form.setData('parent_id', value)}
          error={form.errors.parent_id}
        />
        <TextInput
          label="Web address"
          name="slug"
          description="Leave empty to make one from the name"
          value={form.data.slug}
          onChange={(event) => form.setData('slug', event.currentTarget.value)}
          error={form.errors.slug}
        />
        <Textarea
          label="Description"
          name="description"
          autosize
          minRows={2}
          value={form.data.description}
          onChange={(event) => form.setData('description', event.currentTarget.value)}
          error={form.errors.description}
        />
        <TextInput
          label="SEO title"
          name="seo_title"
          value={form.data.seo_title}
          onChange={(event) => form.setData('seo_title', event.currentTarget.value)}
          error={form.errors.seo_title}
        />
        <Textarea
          label="SEO description"
          name="seo_description"
          autosize
          value={form.data.seo_description}
          onChange={(event) => form.setData('seo_description', event.currentTarget.value)}
          error={form.errors.seo_description}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={form.processing}>
            {editing ? 'Save category' : 'Create category'}
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

export default function CategoriesIndex(props: { tree: CategoryNode[]; canManage: boolean }) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/storefront`
  const all = flatten(props.tree)
  const nameOf = new Map(all.map((node) => [node.id, node.name]))
  const [editor, setEditor] = useState<{
    editing: CategoryNode | null
    parentId: string | null
  } | null>(null)
  const [opened, setOpened] = useState(false)
  const [session, setSession] = useState(0)
  const open = (next: NonNullable<typeof editor>) => {
    setEditor(next)
    setSession(session + 1)
    setOpened(true)
  }

  const remove = (node: CategoryNode) => {
    if (node.children.length > 0) {
      modals.open({
        title: `${node.name} has subcategories`,
        children: (
          <Text fz="sm">Move or delete its subcategories first; then it can be deleted.</Text>
        ),
      })
      return
    }
    confirmAction({
      title: `Delete ${node.name}?`,
      message:
        node.productCount > 0
          ? `Its ${node.productCount} product(s) stay in the catalog, without a category.`
          : 'It has no products.',
      confirmLabel: 'Delete category',
      onConfirm: () => router.delete(`${base}/categories/${node.id}`, { preserveScroll: true }),
    })
  }

  return (
    <AppLayout>
      <Head title="Categories" />
      <PageHeader
        title="Categories"
        description="How shoppers browse your shop. Categories can sit inside each other."
        actions={
          props.canManage && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => open({ editing: null, parentId: null })}
            >
              New category
            </Button>
          )
        }
      />
      <CatalogTabs active="categories" canManage={props.canManage} />
      <Card withBorder padding={0}>
        {all.length === 0 ? (
          <Stack align="center" py={48} gap="xs">
            <IconCategory size={40} stroke={1.2} />
            <Text fw={600}>No categories yet.</Text>
            <Text c="dimmed" fz="sm">
              Group products (Skincare, Make-up…) so shoppers find them.
            </Text>
          </Stack>
        ) : (
          <Stack gap={0} role="list" aria-label="Categories">
            {all.map((node) => (
              <Group
                key={node.id}
                role="listitem"
                data-depth={node.depth}
                data-category={node.slug}
                justify="space-between"
                px="md"
                py="sm"
                pl={16 + node.depth * 28}
                style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
              >
                <div>
                  <Text fw={600}>{node.name}</Text>
                  <Text fz="xs" c="dimmed">
                    {node.parentId && `In ${nameOf.get(node.parentId)} · `}/{node.slug}
                  </Text>
                </div>
                <Group gap="xs">
                  <Badge variant="light">{node.productCount} products</Badge>
                  {props.canManage && (
                    <>
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconPlus size={14} />}
                        onClick={() => open({ editing: null, parentId: node.id })}
                      >
                        Subcategory
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconPencil size={14} />}
                        onClick={() => open({ editing: node, parentId: node.parentId })}
                      >
                        Edit
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        onClick={() => remove(node)}
                      >
                        Delete
                      </Button>
                    </>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </Card>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={editor?.editing ? `Edit ${editor.editing.name}` : 'New category'}
      >
        {editor && (
          <CategoryEditor
            key={session}
            base={base}
            editing={editor.editing}
            parentId={editor.parentId}
            all={all}
            onClose={() => setOpened(false)}
          />
        )}
      </Modal>
    </AppLayout>
  )
}

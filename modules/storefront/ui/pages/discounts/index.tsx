import { useState } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'
import { formatMoney, toMajor, toMinor } from '~/lib/money'

type Discount = {
  id: string
  code: string
  kind: 'percentage' | 'fixed'
  value: number
  minimumSubtotalMinor: number | null
  usageLimit: number | null
  perCustomerLimit: number | null
  timesUsed: number
  appliesTo: 'all' | 'products' | 'categories'
  productIds: string[]
  categoryIds: string[]
  startsAt: string | null
  endsAt: string | null
  active: boolean
}

type Option = { value: string; label: string }

/** ISO → the value of a datetime-local input, in the browser's time zone. */
function localInput(iso: string | null) {
  if (!iso) return ''
  const date = new Date(iso)
  return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16)
}

function DiscountForm({
  base,
  editing,
  products,
  categories,
  currency,
  onDone,
}: {
  base: string
  editing: Discount | null
  products: Option[]
  categories: Option[]
  currency: string
  onDone: () => void
}) {
  const [value, setValue] = useState<number | ''>(
    editing
      ? editing.kind === 'percentage'
        ? editing.value / 100
        : Number(toMajor(editing.value, currency))
      : ''
  )
  const [minimum, setMinimum] = useState<number | ''>(
    editing?.minimumSubtotalMinor ? Number(toMajor(editing.minimumSubtotalMinor, currency)) : ''
  )
  const form = useForm({
    code: editing?.code ?? '',
    kind: editing?.kind ?? 'percentage',
    usage_limit: editing?.usageLimit ?? ('' as number | ''),
    per_customer_limit: editing?.perCustomerLimit ?? ('' as number | ''),
    applies_to: editing?.appliesTo ?? 'all',
    product_ids: editing?.productIds ?? [],
    category_ids: editing?.categoryIds ?? [],
    starts_at: localInput(editing?.startsAt ?? null),
    ends_at: localInput(editing?.endsAt ?? null),
    active: editing?.active ?? true,
  })
  const errors = form.errors as Record<string, string>
  const action = editing ? `${base}/${editing.id}` : base
  const submit = () => {
    form.transform((data) => ({
      ...data,
      value:
        value === ''
          ? null
          : data.kind === 'percentage'
            ? Math.round(Number(value) * 100)
            : toMinor(value, currency),
      minimum_subtotal_minor: toMinor(minimum, currency),
      usage_limit: data.usage_limit === '' ? null : data.usage_limit,
      per_customer_limit: data.per_customer_limit === '' ? null : data.per_customer_limit,
      starts_at: data.starts_at ? new Date(data.starts_at).toISOString() : null,
      ends_at: data.ends_at ? new Date(data.ends_at).toISOString() : null,
    }))
    const options = { preserveScroll: true, onSuccess: onDone }
    if (editing) form.put(action, options)
    else form.post(action, options)
  }
  return (
    <AppForm action={action} method={editing ? 'put' : 'post'} onSubmit={submit}>
      <Stack>
        <TextInput
          label="Code"
          description="What customers type at checkout. Letters, digits, - and _."
          required
          data-autofocus
          value={form.data.code}
          onChange={(event) => form.setData('code', event.currentTarget.value.toUpperCase())}
          error={errors.code}
        />
        <SegmentedControl
          value={form.data.kind}
          onChange={(kind) => form.setData('kind', kind as Discount['kind'])}
          data={[
            { value: 'percentage', label: 'Percentage' },
            { value: 'fixed', label: `Fixed amount (${currency})` },
          ]}
        />
        <SimpleGrid cols={2}>
          <NumberInput
            label={form.data.kind === 'percentage' ? 'Percent off' : `Amount off (${currency})`}
            required
            min={0}
            max={form.data.kind === 'percentage' ? 100 : undefined}
            decimalScale={2}
            suffix={form.data.kind === 'percentage' ? ' %' : undefined}
            value={value}
            onChange={(next) => setValue(next === '' ? '' : Number(next))}
            error={errors.value}
          />
          <NumberInput
            label={`Minimum subtotal (${currency})`}
            min={0}
            decimalScale={2}
            value={minimum}
            onChange={(next) => setMinimum(next === '' ? '' : Number(next))}
            error={errors.minimum_subtotal_minor}
          />
          <NumberInput
            label="Uses in total"
            description="Empty: unlimited"
            min={1}
            allowDecimal={false}
            value={form.data.usage_limit}
            onChange={(next) => form.setData('usage_limit', next === '' ? '' : Number(next))}
            error={errors.usage_limit}
          />
          <NumberInput
            label="Uses per customer"
            description="Empty: unlimited"
            min={1}
            allowDecimal={false}
            value={form.data.per_customer_limit}
            onChange={(next) => form.setData('per_customer_limit', next === '' ? '' : Number(next))}
            error={errors.per_customer_limit}
          />
          <TextInput
            label="Starts"
            type="datetime-local"
            value={form.data.starts_at}
            onChange={(event) => form.setData('starts_at', event.currentTarget.value)}
            error={errors.starts_at}
          />
          <TextInput
            label="Ends"
            type="datetime-local"
            value={form.data.ends_at}
            onChange={(event) => form.setData('ends_at', event.currentTarget.value)}
            error={errors.ends_at}
          />
        </SimpleGrid>
        <SegmentedControl
          value={form.data.applies_to}
          onChange={(scope) => form.setData('applies_to', scope as Discount['appliesTo'])}
          data={[
            { value: 'all', label: 'Whole order' },
            { value: 'products', label: 'Some products' },
            { value: 'categories', label: 'Some categories' },
          ]}
        />
        {form.data.applies_to === 'products' && (
          <MultiSelect
            label="Products"
            searchable
            data={products}
            value={form.data.product_ids}
            onChange={(ids) => form.setData('product_ids', ids)}
            error={errors.product_ids}
          />
        )}
        {form.data.applies_to === 'categories' && (
          <MultiSelect
            label="Categories"
            searchable
            data={categories}
            value={form.data.category_ids}
            onChange={(ids) => form.setData('category_ids', ids)}
            error={errors.category_ids}
          />
        )}
        <Switch
          label="Active"
          checked={form.data.active}
          onChange={(event) => form.setData('active', event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.processing}>
            {editing ? 'Save discount' : 'Create discount'}
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

function describe(discount: Discount, currency: string) {
  const amount =
    discount.kind === 'percentage'
      ? `${discount.value / 100} % off`
      : `${formatMoney(discount.value, currency)} off`
  const scope =
    discount.appliesTo === 'all'
      ? 'the order'
      : discount.appliesTo === 'products'
        ? `${discount.productIds.length} product(s)`
        : `${discount.categoryIds.length} categor${discount.categoryIds.length === 1 ? 'y' : 'ies'}`
  const minimum = discount.minimumSubtotalMinor
    ? `, from ${formatMoney(discount.minimumSubtotalMinor, currency)}`
    : ''
  return `${amount} ${scope}${minimum}`
}

export default function DiscountsIndex(props: {
  discounts: Discount[]
  products: Option[]
  categories: Option[]
}) {
  const { shell } = useSharedProps()
  const currency = shell?.workspace.currency ?? 'EUR'
  const base = `/app/${shell?.workspace.slug}/storefront/discounts`
  const [editing, setEditing] = useState<Discount | 'new' | null>(null)

  return (
    <AppLayout>
      <Head title="Discounts" />
      <PageHeader
        title="Discounts"
        description="Codes customers enter at checkout."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New discount
          </Button>
        }
      />
      <Card withBorder padding={0}>
        {props.discounts.length === 0 ? (
          <Text c="dimmed" p="lg">
            No discount codes yet. Create one to reward first orders or run a promotion.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Discount</Table.Th>
                  <Table.Th>Used</Table.Th>
                  <Table.Th>Valid</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.discounts.map((discount) => (
                  <Table.Tr key={discount.id}>
                    <Table.Td fw={600} ff="monospace">
                      {discount.code}
                    </Table.Td>
                    <Table.Td>{describe(discount, currency)}</Table.Td>
                    <Table.Td>
                      {discount.timesUsed}
                      {discount.usageLimit ? ` / ${discount.usageLimit}` : ''}
                    </Table.Td>
                    <Table.Td fz="sm">
                      {discount.startsAt || discount.endsAt
                        ? `${discount.startsAt ? new Date(discount.startsAt).toLocaleDateString() : '…'} – ${discount.endsAt ? new Date(discount.endsAt).toLocaleDateString() : '…'}`
                        : 'Always'}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={discount.active ? 'green' : 'gray'} variant="light">
                        {discount.active ? 'Active' : 'Off'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Edit ${discount.code}`}
                          onClick={() => setEditing(discount)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete ${discount.code}`}
                          onClick={() =>
                            confirmAction({
                              title: `Delete ${discount.code}?`,
                              message:
                                discount.timesUsed > 0
                                  ? 'This code was used on orders, so it will be kept: switch it off instead.'
                                  : 'Customers will no longer be able to use it.',
                              confirmLabel: 'Delete',
                              onConfirm: () =>
                                router.delete(`${base}/${discount.id}`, { preserveScroll: true }),
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
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New discount' : `Edit ${editing?.code ?? ''}`}
        size="lg"
      >
        {editing !== null && (
          <DiscountForm
            key={editing === 'new' ? 'new' : editing.id}
            base={base}
            editing={editing === 'new' ? null : editing}
            products={props.products}
            categories={props.categories}
            currency={currency}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </AppLayout>
  )
}

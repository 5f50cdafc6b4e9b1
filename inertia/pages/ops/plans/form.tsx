import { Head, useForm } from '@inertiajs/react'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { OpsLayout } from '~/layouts/ops_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'

type Limits = {
  products: number | null
  staff_seats: number | null
  ai_messages: number | null
  emails: number | null
  stream_hours: number | null
  storage_mb: number | null
}

type PlanValues = {
  key: string
  name: string
  description: string
  currency: string
  monthly_price: number | null
  yearly_price: number | null
  trial_days: number
  modules: string[]
  limits: Limits
  is_public: boolean
  is_default: boolean
  sort_order: number
}

const LIMIT_FIELDS: { name: keyof Limits; label: string; hint: string }[] = [
  { name: 'products', label: 'Products', hint: 'in the catalog' },
  { name: 'staff_seats', label: 'Staff seats', hint: 'members and pending invitations' },
  { name: 'ai_messages', label: 'AI messages', hint: 'a month' },
  { name: 'emails', label: 'Emails', hint: 'a month' },
  { name: 'stream_hours', label: 'Live-stream hours', hint: 'a month' },
  { name: 'storage_mb', label: 'Storage (MB)', hint: 'files stored' },
]

const EMPTY: PlanValues = {
  key: '',
  name: '',
  description: '',
  currency: 'EUR',
  monthly_price: null,
  yearly_price: null,
  trial_days: 14,
  modules: [],
  limits: {
    products: null,
    staff_seats: null,
    ai_messages: null,
    emails: null,
    stream_hours: null,
    storage_mb: null,
  },
  is_public: true,
  is_default: false,
  sort_order: 0,
}

function toNumber(value: string | number) {
  return value === '' ? null : Number(value)
}

export default function OpsPlanForm(props: {
  plan: { id: string; archived: boolean; stripe: string; values: PlanValues } | null
  modules: { key: string; name: string; dependsOn: string[] }[]
}) {
  const editing = props.plan !== null
  const form = useForm<PlanValues>(props.plan?.values ?? EMPTY)
  const errors = form.errors as Record<string, string | undefined>
  const action = editing ? `/ops/plans/${props.plan!.id}` : '/ops/plans'
  const submit = () => (editing ? form.put(action) : form.post(action))
  const title = editing ? `Edit ${props.plan!.values.name}` : 'New plan'

  return (
    <OpsLayout>
      <Head title={`${title} · Operator console`} />
      <Anchor component={Link} href="/ops/plans" fz="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden="true" /> All plans
        </Group>
      </Anchor>
      <PageHeader
        title={title}
        description={
          editing
            ? 'A changed price becomes a new Stripe price; subscribers keep theirs until they change plans.'
            : 'Saved here and mirrored to a Stripe product with a monthly and a yearly price.'
        }
        actions={props.plan?.archived && <Badge color="dark">Archived</Badge>}
      />
      <AppForm action={action} method={editing ? 'put' : 'post'} onSubmit={submit}>
        <Stack gap="lg" maw={860}>
          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb="sm">
              The plan
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Name"
                name="name"
                required
                value={form.data.name}
                onChange={(event) => form.setData('name', event.currentTarget.value)}
                error={errors.name}
              />
              <TextInput
                label="Key"
                name="key"
                description="Stable identifier; derived from the name when empty"
                value={form.data.key}
                onChange={(event) => form.setData('key', event.currentTarget.value)}
                error={errors.key}
              />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label="Description"
              name="description"
              autosize
              minRows={2}
              value={form.data.description}
              onChange={(event) => form.setData('description', event.currentTarget.value)}
              error={errors.description}
            />
            <SimpleGrid cols={{ base: 1, sm: 4 }} mt="sm">
              <TextInput
                label="Currency"
                name="currency"
                maxLength={3}
                value={form.data.currency}
                onChange={(event) =>
                  form.setData('currency', event.currentTarget.value.toUpperCase())
                }
                error={errors.currency}
              />
              <NumberInput
                label="Monthly price"
                name="monthly_price"
                min={0}
                decimalScale={2}
                value={form.data.monthly_price ?? ''}
                onChange={(value) => form.setData('monthly_price', toNumber(value))}
                error={errors.monthly_price}
              />
              <NumberInput
                label="Yearly price"
                name="yearly_price"
                min={0}
                decimalScale={2}
                value={form.data.yearly_price ?? ''}
                onChange={(value) => form.setData('yearly_price', toNumber(value))}
                error={errors.yearly_price}
              />
              <NumberInput
                label="Trial days"
                name="trial_days"
                min={0}
                allowDecimal={false}
                value={form.data.trial_days}
                onChange={(value) => form.setData('trial_days', toNumber(value) ?? 0)}
                error={errors.trial_days}
              />
            </SimpleGrid>
            <Group mt="md" gap="xl" align="flex-end">
              <NumberInput
                label="Sort order"
                name="sort_order"
                description="Lower comes first"
                min={0}
                allowDecimal={false}
                w={160}
                value={form.data.sort_order}
                onChange={(value) => form.setData('sort_order', toNumber(value) ?? 0)}
                error={errors.sort_order}
              />
              <Switch
                label="Public (on the pricing page)"
                checked={form.data.is_public}
                onChange={(event) => form.setData('is_public', event.currentTarget.checked)}
                error={errors.is_public}
              />
              <Switch
                label="Default (new workspaces try it)"
                checked={form.data.is_default}
                onChange={(event) => form.setData('is_default', event.currentTarget.checked)}
                error={errors.is_default}
              />
            </Group>
          </Card>

          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb="xs">
              Modules included
            </Title>
            <Checkbox.Group
              value={form.data.modules}
              onChange={(value) => form.setData('modules', value)}
              error={errors.modules ?? errors['modules.0']}
            >
              <Stack gap="xs" mt="xs">
                {props.modules.map((module) => (
                  <Checkbox
                    key={module.key}
                    value={module.key}
                    label={module.name}
                    description={
                      module.dependsOn.length > 0
                        ? `Needs ${module.dependsOn.join(', ')}`
                        : undefined
                    }
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          </Card>

          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb={4}>
              Limits
            </Title>
            <Text fz="sm" c="dimmed" mb="sm">
              Leave a limit empty for unlimited.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {LIMIT_FIELDS.map((field) => (
                <NumberInput
                  key={field.name}
                  label={field.label}
                  description={field.hint}
                  name={`limits[${field.name}]`}
                  placeholder="Unlimited"
                  min={0}
                  allowDecimal={false}
                  value={form.data.limits[field.name] ?? ''}
                  onChange={(value) =>
                    form.setData('limits', { ...form.data.limits, [field.name]: toNumber(value) })
                  }
                  error={errors[`limits.${field.name}`]}
                />
              ))}
            </SimpleGrid>
          </Card>

          <Group>
            <Button type="submit" loading={form.processing} disabled={props.plan?.archived}>
              {editing ? 'Save plan' : 'Create plan'}
            </Button>
            <Button component={Link} href="/ops/plans" variant="default">
              Cancel
            </Button>
          </Group>
        </Stack>
      </AppForm>
    </OpsLayout>
  )
}

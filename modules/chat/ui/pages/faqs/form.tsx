import { Head, router, useForm } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { IconArrowLeft, IconInfoCircle, IconTrash } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'

type Faq = {
  id: string
  question: string
  answer: string
  category: string | null
  tags: string[]
  priority: number
  active: boolean
  sourceConversationId: string | null
}

type Suggestion = { question: string; answer: string; conversationId: string }

type Props = {
  faq: Faq | null
  suggestion: Suggestion | null
  notice: string | null
  categories: string[]
}

export default function FaqForm({ faq, suggestion, notice, categories }: Props) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/chat/faqs`
  const form = useForm({
    question: faq?.question ?? suggestion?.question ?? '',
    answer: faq?.answer ?? suggestion?.answer ?? '',
    category: faq?.category ?? '',
    tags: faq?.tags ?? [],
    priority: faq?.priority ?? 0,
    active: faq?.active ?? true,
    source_conversation_id: faq?.sourceConversationId ?? suggestion?.conversationId ?? null,
  })
  type Values = typeof form.data
  /** A field's error goes as soon as it is changed. */
  const change = <Field extends keyof Values>(field: Field, value: Values[Field]) => {
    form.setData((data) => ({ ...data, [field]: value }))
    form.clearErrors(field)
  }
  const errors = form.errors as Record<string, string>
  const tagsError =
    errors.tags ?? Object.entries(errors).find(([key]) => key.startsWith('tags.'))?.[1]
  const action = faq ? `${base}/${faq.id}` : base
  const title = faq ? 'Edit FAQ' : 'New FAQ'

  return (
    <AppLayout>
      <Head title={title} />
      <Anchor component={Link} href={base} fz="sm" mb="sm" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} /> All FAQs
        </Group>
      </Anchor>
      <PageHeader
        title={title}
        description="The assistant answers with this text whenever a customer asks something close to the question."
        actions={
          faq && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() =>
                confirmAction({
                  title: 'Delete this FAQ?',
                  message: `“${faq.question}” will no longer be used by the assistant. This cannot be undone.`,
                  confirmLabel: 'Delete FAQ',
                  onConfirm: () => router.delete(`${base}/${faq.id}`),
                })
              }
            >
              Delete
            </Button>
          )
        }
      />
      {notice && (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />} mb="md">
          {notice}
        </Alert>
      )}
      {suggestion && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />} mb="md">
          Drafted from a resolved conversation: the customer’s question and the last answer they
          got. Reword both so they fit every customer.
        </Alert>
      )}
      <Card withBorder padding="lg" maw={760}>
        <AppForm
          action={action}
          method={faq ? 'put' : 'post'}
          onSubmit={() => (faq ? form.put(action) : form.post(action))}
        >
          <Stack>
            <TextInput
              label="Question"
              description="As a customer would ask it."
              placeholder="What is your return policy?"
              required
              maxLength={300}
              data-autofocus
              value={form.data.question}
              onChange={(event) => change('question', event.currentTarget.value)}
              error={errors.question}
            />
            <Textarea
              label="Answer"
              required
              autosize
              minRows={4}
              maxRows={14}
              maxLength={5000}
              value={form.data.answer}
              onChange={(event) => change('answer', event.currentTarget.value)}
              error={errors.answer}
            />
            <Group grow align="flex-start">
              <Autocomplete
                label="Category"
                description="Pick one you use or type a new one."
                placeholder="Shipping"
                data={categories}
                maxLength={80}
                value={form.data.category}
                onChange={(value) => change('category', value)}
                error={errors.category}
              />
              <NumberInput
                label="Priority"
                description="0–100: higher wins when several FAQs match."
                min={0}
                max={100}
                allowDecimal={false}
                value={form.data.priority}
                onChange={(value) => change('priority', Number(value) || 0)}
                error={errors.priority}
              />
            </Group>
            <TagsInput
              label="Tags"
              description="Other words customers use for this (press Enter after each)."
              placeholder="refund, exchange"
              maxTags={20}
              value={form.data.tags}
              onChange={(value) => change('tags', value)}
              error={tagsError}
            />
            <Switch
              label="Active: the assistant uses this answer"
              checked={form.data.active}
              onChange={(event) => change('active', event.currentTarget.checked)}
            />
            {errors.source_conversation_id && (
              <Text c="red" fz="sm">
                {errors.source_conversation_id}
              </Text>
            )}
            <Group justify="flex-end">
              <Button component={Link} href={base} variant="default">
                Cancel
              </Button>
              <Button type="submit" loading={form.processing}>
                {faq ? 'Save FAQ' : 'Create FAQ'}
              </Button>
            </Group>
          </Stack>
        </AppForm>
      </Card>
    </AppLayout>
  )
}

import { useForm } from '@inertiajs/react'
import {
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Slider,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { AppForm } from '~/components/app_form'
import { languageOptions } from '~/components/locale_options'
import { BusinessHoursField } from './business_hours_field'
import { QuickRepliesField } from './quick_replies_field'
import type { AssistantSettings } from './types'

const TONES = [
  { value: 'friendly', label: 'Friendly' },
  { value: 'professional', label: 'Professional' },
  { value: 'playful', label: 'Playful' },
  { value: 'concise', label: 'Concise' },
]

const ASSIGNMENT = [
  { value: 'off', label: 'Off: agents pick conversations from the queue' },
  { value: 'round_robin', label: 'Round robin: each hand-off goes to the next agent' },
]

/** The assistant's persona, answers, business hours and hand-off assignment. */
export function AssistantForm({
  action,
  settings,
  languages,
  timezone,
}: {
  action: string
  settings: AssistantSettings
  languages: string[]
  timezone: string
}) {
  const form = useForm<AssistantSettings>(settings)
  const errors = form.errors as Record<string, string>
  const languageChoices = languageOptions([...new Set([...languages, ...settings.languages])])
  return (
    <AppForm
      action={action}
      method="put"
      onSubmit={() => form.put(action, { preserveScroll: true })}
    >
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="md">
            Assistant
          </Title>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Name"
                description="How the assistant introduces itself."
                required
                maxLength={60}
                value={form.data.assistantName}
                onChange={(event) => form.setData('assistantName', event.currentTarget.value)}
                error={errors.assistantName}
              />
              <Select
                label="Tone"
                data={TONES}
                allowDeselect={false}
                value={form.data.tone}
                onChange={(value) =>
                  value && form.setData('tone', value as AssistantSettings['tone'])
                }
                error={errors.tone}
              />
            </SimpleGrid>
            <MultiSelect
              label="Languages"
              description="The assistant answers in the customer's language when it is one of these; the first is the default."
              searchable
              data={languageChoices}
              value={form.data.languages}
              onChange={(value) => form.setData('languages', value)}
              error={errors.languages ?? errors['languages.0']}
            />
            <Textarea
              label="Extra instructions"
              description="Anything the assistant should know or always do, e.g. “Recommend the sample size to first-time buyers.”"
              autosize
              minRows={3}
              maxLength={2000}
              value={form.data.instructions}
              onChange={(event) => form.setData('instructions', event.currentTarget.value)}
              error={errors.instructions}
            />
            <Textarea
              label="Welcome message"
              required
              autosize
              minRows={2}
              maxLength={300}
              value={form.data.welcomeMessage}
              onChange={(event) => form.setData('welcomeMessage', event.currentTarget.value)}
              error={errors.welcomeMessage}
            />
            <QuickRepliesField
              value={form.data.quickReplies}
              onChange={(value) => form.setData('quickReplies', value)}
              errors={errors}
            />
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="md">
            Answers
          </Title>
          <Stack>
            <div>
              <Text fz="sm" fw={500} id="temperature-label">
                Creativity: {form.data.temperature.toFixed(1)}
              </Text>
              <Text fz="xs" c="dimmed" mb="xs">
                Lower keeps answers close to your FAQ and catalog; higher phrases them more freely.
              </Text>
              <Slider
                aria-labelledby="temperature-label"
                min={0}
                max={1}
                step={0.1}
                marks={[
                  { value: 0, label: 'Precise' },
                  { value: 1, label: 'Creative' },
                ]}
                value={form.data.temperature}
                onChange={(value) => form.setData('temperature', value)}
                mb="lg"
              />
              {errors.temperature && (
                <Text fz="xs" c="red">
                  {errors.temperature}
                </Text>
              )}
            </div>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label="Longest answer (tokens)"
                description="About ¾ of a word each."
                min={64}
                max={2048}
                step={64}
                allowDecimal={false}
                value={form.data.maxOutputTokens}
                onChange={(value) => form.setData('maxOutputTokens', Number(value))}
                error={errors.maxOutputTokens}
              />
              <NumberInput
                label="Memory (messages)"
                description="How many recent messages the assistant reads."
                min={2}
                max={50}
                allowDecimal={false}
                value={form.data.memoryWindow}
                onChange={(value) => form.setData('memoryWindow', Number(value))}
                error={errors.memoryWindow}
              />
            </SimpleGrid>
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="md">
            People
          </Title>
          <Stack>
            <BusinessHoursField
              value={form.data.businessHours}
              onChange={(value) => form.setData('businessHours', value)}
              timezone={timezone}
              errors={errors}
            />
            <Select
              label="Automatic assignment"
              data={ASSIGNMENT}
              allowDeselect={false}
              value={form.data.autoAssign}
              onChange={(value) =>
                value && form.setData('autoAssign', value as AssistantSettings['autoAssign'])
              }
              error={errors.autoAssign}
            />
          </Stack>
        </Card>

        <Group justify="flex-end">
          <Button type="submit" loading={form.processing} disabled={!form.isDirty}>
            Save chat settings
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

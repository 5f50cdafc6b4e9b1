import { router, useForm } from '@inertiajs/react'
import {
  Alert,
  Button,
  Card,
  Group,
  PasswordInput,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import type { GeminiProps } from './types'

function UsageLine({ usage }: { usage: GeminiProps['usage'] }) {
  if (usage.limit === null) {
    return (
      <Text fz="sm">{usage.used} AI messages this billing period (no limit on your plan).</Text>
    )
  }
  const share = usage.limit === 0 ? 100 : Math.min(100, (usage.used / usage.limit) * 100)
  return (
    <Stack gap={4}>
      <Text fz="sm">
        {usage.used} of {usage.limit} AI messages used this billing period.
      </Text>
      <Progress value={share} color={share >= 100 ? 'red' : share >= 80 ? 'orange' : 'blue'} />
      {share >= 100 && (
        <Text fz="xs" c="dimmed">
          The limit is reached: the assistant runs in basic mode until the next period.
        </Text>
      )}
    </Stack>
  )
}

/** The AI model: the platform's key or the workspace's own, and how much of the plan is used. */
export function GeminiKeyCard({ action, gemini }: { action: string; gemini: GeminiProps }) {
  const form = useForm({ geminiKey: '' })
  const hasModel = gemini.ownKeyEnding !== null || gemini.platformKey
  return (
    <Card withBorder padding="lg">
      <Title order={2} fz="md" mb="md">
        AI model
      </Title>
      <Stack>
        {hasModel ? (
          <Text fz="sm">
            {gemini.ownKeyEnding !== null
              ? 'The assistant uses your own Gemini key.'
              : 'The assistant uses the platform’s Gemini key, counted against your plan.'}
          </Text>
        ) : (
          <Alert color="yellow" title="Basic mode">
            No Gemini key is set up, so the assistant runs in basic mode: it answers with your best
            FAQ matches and catalog results and offers to reach a person.
          </Alert>
        )}
        <UsageLine usage={gemini.usage} />
        {gemini.ownKeyEnding !== null ? (
          <Group justify="space-between">
            <Text fz="sm">
              Your own key: set, ending <code>…{gemini.ownKeyEnding}</code>
            </Text>
            <Button
              variant="light"
              color="red"
              onClick={() =>
                confirmAction({
                  title: 'Remove your Gemini key?',
                  message: gemini.platformKey
                    ? 'The assistant goes back to the platform’s key, counted against your plan.'
                    : 'Without a key the assistant runs in basic mode.',
                  confirmLabel: 'Remove key',
                  onConfirm: () => router.delete(action, { preserveScroll: true }),
                })
              }
            >
              Remove key
            </Button>
          </Group>
        ) : null}
        <AppForm
          action={action}
          method="put"
          onSubmit={() => form.put(action, { preserveScroll: true, onSuccess: () => form.reset() })}
        >
          <Group align="flex-end">
            <PasswordInput
              flex={1}
              label={gemini.ownKeyEnding !== null ? 'Replace your key' : 'Use your own Gemini key'}
              description="Stored encrypted and never shown again. Get one in Google AI Studio."
              autoComplete="off"
              value={form.data.geminiKey}
              onChange={(event) => form.setData('geminiKey', event.currentTarget.value)}
              error={form.errors.geminiKey}
            />
            <Button
              type="submit"
              variant="light"
              loading={form.processing}
              disabled={!form.data.geminiKey}
            >
              Save key
            </Button>
          </Group>
        </AppForm>
      </Stack>
    </Card>
  )
}

import { router, useForm } from '@inertiajs/react'
import {
  Button,
  Card,
  Code,
  ColorInput,
  CopyButton,
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import type { WidgetProps } from './types'

/** The embeddable widget: its snippet, looks, where it may run, and its key. */
export function WidgetCard({ action, widget }: { action: string; widget: WidgetProps }) {
  const form = useForm({
    color: widget.color,
    position: widget.position,
    greeting: widget.greeting ?? '',
    allowedOrigins: widget.allowedOrigins,
    active: widget.active,
  })
  const errors = form.errors as Record<string, string>
  return (
    <Card withBorder padding="lg">
      <Title order={2} fz="md" mb="md">
        Website widget
      </Title>
      <Stack>
        <div>
          <Text fz="sm" fw={500}>
            Embed code
          </Text>
          <Text fz="xs" c="dimmed" mb="xs">
            Paste it before &lt;/body&gt; on any website to show the chat there.
          </Text>
          <Code
            block
            data-testid="widget-snippet"
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
          >
            {widget.snippet}
          </Code>
          <Group mt="xs" justify="space-between">
            <CopyButton value={widget.snippet}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? 'Copied' : 'Copy code'}
                </Button>
              )}
            </CopyButton>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() =>
                confirmAction({
                  title: 'Make a new widget key?',
                  message:
                    'The current key stops working at once: the widget disappears from websites until you paste the new code.',
                  confirmLabel: 'Make new key',
                  onConfirm: () => router.post(`${action}/key`, {}, { preserveScroll: true }),
                })
              }
            >
              Regenerate key
            </Button>
          </Group>
        </div>
        <AppForm
          action={action}
          method="put"
          onSubmit={() => form.put(action, { preserveScroll: true })}
        >
          <Stack>
            <Switch
              label="Widget active"
              description="Switched off, the widget does not show on any website."
              checked={form.data.active}
              onChange={(event) => form.setData('active', event.currentTarget.checked)}
            />
            <Group grow align="flex-start">
              <ColorInput
                label="Colour"
                placeholder="Your brand colour"
                value={form.data.color ?? ''}
                onChange={(value) => form.setData('color', value || null)}
                error={errors.color}
              />
              <div>
                <Text fz="sm" fw={500} mb={4} id="widget-position">
                  Position
                </Text>
                <SegmentedControl
                  aria-labelledby="widget-position"
                  data={[
                    { value: 'bottom-left', label: 'Bottom left' },
                    { value: 'bottom-right', label: 'Bottom right' },
                  ]}
                  value={form.data.position}
                  onChange={(value) => form.setData('position', value as WidgetProps['position'])}
                />
              </div>
            </Group>
            <TextInput
              label="Greeting"
              description="Shown next to the chat button; leave empty for none."
              maxLength={200}
              value={form.data.greeting}
              onChange={(event) => form.setData('greeting', event.currentTarget.value)}
              error={errors.greeting}
            />
            <Textarea
              label="Allowed websites"
              description="One address per line, e.g. https://www.example.com. Leave empty to allow any website."
              autosize
              minRows={2}
              value={form.data.allowedOrigins}
              onChange={(event) => form.setData('allowedOrigins', event.currentTarget.value)}
              error={errors.allowedOrigins}
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                variant="light"
                loading={form.processing}
                disabled={!form.isDirty}
              >
                Save widget
              </Button>
            </Group>
          </Stack>
        </AppForm>
      </Stack>
    </Card>
  )
}

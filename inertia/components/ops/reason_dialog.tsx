import { useForm } from '@inertiajs/react'
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { AppForm } from '~/components/app_form'

/**
 * Asks an operator why before an action that goes into the logs
 * (suspension, impersonation); the reason is required.
 */
export function ReasonDialog({
  opened,
  onClose,
  title,
  message,
  action,
  confirmLabel,
  color = 'red',
  extra = {},
}: {
  opened: boolean
  onClose: () => void
  title: string
  message: string
  action: string
  confirmLabel: string
  color?: string
  extra?: Record<string, string>
}) {
  const form = useForm({ reason: '' })
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <AppForm
        action={action}
        onSubmit={() => {
          form.transform((data) => ({ ...data, ...extra }))
          form.post(action, {
            preserveScroll: true,
            onSuccess: () => {
              form.reset()
              onClose()
            },
          })
        }}
      >
        <Stack>
          <Text fz="sm">{message}</Text>
          {Object.entries(extra).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <Textarea
            label="Reason"
            name="reason"
            required
            autosize
            minRows={2}
            data-autofocus
            value={form.data.reason}
            onChange={(event) => form.setData('reason', event.currentTarget.value)}
            error={form.errors.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={color} loading={form.processing}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </AppForm>
    </Modal>
  )
}

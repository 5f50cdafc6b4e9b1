import { useForm } from '@inertiajs/react'
import { Button, PasswordInput, Stack } from '@mantine/core'
import { AppForm } from '~/components/app_form'

/**
 * Choosing a new password (reset links, staff and customers alike).
 */
export function NewPasswordForm({ action }: { action: string }) {
  const form = useForm({ password: '', password_confirmation: '' })
  return (
    <AppForm
      action={action}
      onSubmit={() => {
        form.post(action)
      }}
    >
      <Stack>
        <PasswordInput
          label="New password"
          name="password"
          autoComplete="new-password"
          required
          description="At least 10 characters, with letters and a digit or symbol."
          value={form.data.password}
          onChange={(event) => form.setData('password', event.currentTarget.value)}
          error={form.errors.password}
        />
        <PasswordInput
          label="Repeat the new password"
          name="password_confirmation"
          autoComplete="new-password"
          required
          value={form.data.password_confirmation}
          onChange={(event) => form.setData('password_confirmation', event.currentTarget.value)}
          error={form.errors.password_confirmation}
        />
        <Button type="submit" loading={form.processing} fullWidth>
          Save the new password
        </Button>
      </Stack>
    </AppForm>
  )
}

import { Head, useForm } from '@inertiajs/react'
import { Anchor, Button, Stack, TextInput } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { AuthLayout } from '~/layouts/auth_layout'
import { AppForm } from '~/components/app_form'

export default function ForgotPassword() {
  const form = useForm({ email: '' })
  return (
    <AuthLayout
      title="Reset your password"
      subtitle="Enter your email and we will send you a link to choose a new password."
      footer={
        <Anchor component={Link} href="/login">
          Back to sign in
        </Anchor>
      }
    >
      <Head title="Reset your password" />
      <AppForm
        action="/forgot-password"
        onSubmit={() => {
          form.post('/forgot-password')
        }}
      >
        <Stack>
          <TextInput
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            required
            value={form.data.email}
            onChange={(event) => form.setData('email', event.currentTarget.value)}
            error={form.errors.email}
          />
          <Button type="submit" loading={form.processing} fullWidth>
            Send the link
          </Button>
        </Stack>
      </AppForm>
    </AuthLayout>
  )
}

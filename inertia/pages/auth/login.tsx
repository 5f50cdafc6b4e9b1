import { Head, useForm } from '@inertiajs/react'
import { Anchor, Button, Checkbox, Group, PasswordInput, Stack, TextInput } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { AuthLayout } from '~/layouts/auth_layout'
import { GoogleButton } from '~/components/google_button'
import { AppForm } from '~/components/app_form'

export default function Login({
  googleEnabled,
  returnTo,
}: {
  googleEnabled: boolean
  returnTo: string
}) {
  const form = useForm({ email: '', password: '', remember: false, return_to: returnTo })

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back to Wrencos."
      footer={
        <>
          New here?{' '}
          <Anchor component={Link} href="/signup">
            Create an account
          </Anchor>
        </>
      }
    >
      <Head title="Sign in" />
      <GoogleButton enabled={googleEnabled} />
      <AppForm
        action="/login"
        onSubmit={() => {
          form.post('/login', { onFinish: () => form.reset('password') })
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
            data-autofocus
          />
          <PasswordInput
            label="Password"
            name="password"
            autoComplete="current-password"
            required
            value={form.data.password}
            onChange={(event) => form.setData('password', event.currentTarget.value)}
            error={form.errors.password}
          />
          <Group justify="space-between">
            <Checkbox
              label="Keep me signed in"
              name="remember"
              checked={form.data.remember}
              onChange={(event) => form.setData('remember', event.currentTarget.checked)}
            />
            <Anchor component={Link} href="/forgot-password" fz="sm">
              Forgot your password?
            </Anchor>
          </Group>
          <Button type="submit" loading={form.processing} fullWidth>
            Sign in
          </Button>
        </Stack>
      </AppForm>
    </AuthLayout>
  )
}

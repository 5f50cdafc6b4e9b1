import { Head, useForm } from '@inertiajs/react'
import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { AuthLayout } from '~/layouts/auth_layout'
import { GoogleButton } from '~/components/google_button'
import { AppForm } from '~/components/app_form'

export default function Signup({ googleEnabled }: { googleEnabled: boolean }) {
  const form = useForm({ name: '', email: '', password: '' })

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Step 1 of 2 — then you set up your workspace. No card needed."
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} href="/login">
            Sign in
          </Anchor>
        </>
      }
    >
      <Head title="Create your account" />
      <GoogleButton enabled={googleEnabled} />
      <AppForm
        action="/signup"
        onSubmit={() => {
          form.post('/signup')
        }}
      >
        <Stack>
          <TextInput
            label="Your name"
            name="name"
            autoComplete="name"
            required
            value={form.data.name}
            onChange={(event) => form.setData('name', event.currentTarget.value)}
            error={form.errors.name}
            data-autofocus
          />
          <TextInput
            label="Work email"
            name="email"
            type="email"
            autoComplete="email"
            required
            value={form.data.email}
            onChange={(event) => form.setData('email', event.currentTarget.value)}
            error={form.errors.email}
          />
          <PasswordInput
            label="Password"
            name="password"
            autoComplete="new-password"
            required
            description="At least 10 characters, with letters and a digit or symbol."
            value={form.data.password}
            onChange={(event) => form.setData('password', event.currentTarget.value)}
            error={form.errors.password}
          />
          <Button type="submit" loading={form.processing} fullWidth>
            Create account
          </Button>
          <Text fz="xs" c="dimmed" ta="center">
            By creating an account you agree to the terms of service.
          </Text>
        </Stack>
      </AppForm>
    </AuthLayout>
  )
}

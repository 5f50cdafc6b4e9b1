import { Head, router, useForm } from '@inertiajs/react'
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { AuthLayout } from '~/layouts/auth_layout'
import { AppForm } from '~/components/app_form'

type Props = {
  usable: boolean
  reason: string | null
  invitation: { workspaceName: string; email: string; role: string; expiresAt: string } | null
  account: {
    state: 'signed_in_as_invitee' | 'signed_in_as_other' | 'existing_account' | 'new_account'
    email: string | null
  } | null
  action: string | null
}

function NewAccountForm({ action }: { action: string }) {
  const form = useForm({ name: '', password: '' })
  return (
    <AppForm
      action={action}
      onSubmit={() => {
        form.post(action)
      }}
    >
      <Stack>
        <TextInput
          label="Your name"
          required
          value={form.data.name}
          onChange={(event) => form.setData('name', event.currentTarget.value)}
          error={form.errors.name}
        />
        <PasswordInput
          label="Choose a password"
          required
          autoComplete="new-password"
          description="At least 10 characters, with letters and a digit or symbol."
          value={form.data.password}
          onChange={(event) => form.setData('password', event.currentTarget.value)}
          error={form.errors.password}
        />
        <Button type="submit" loading={form.processing} fullWidth>
          Create my account and join
        </Button>
      </Stack>
    </AppForm>
  )
}

export default function InvitationPage({ usable, reason, invitation, account, action }: Props) {
  if (!usable || !invitation || !account || !action) {
    return (
      <AuthLayout title="Invitation">
        <Head title="Invitation" />
        <Alert color="orange" title="This invitation cannot be used">
          {reason} Ask the person who invited you to send a new one.
        </Alert>
      </AuthLayout>
    )
  }
  return (
    <AuthLayout
      title={`Join ${invitation.workspaceName}`}
      subtitle={`You are invited as ${invitation.role.toLowerCase()}. The invitation is for ${invitation.email}.`}
    >
      <Head title={`Join ${invitation.workspaceName}`} />
      {account.state === 'signed_in_as_invitee' && (
        <Button fullWidth onClick={() => router.post(action)}>
          Accept and join
        </Button>
      )}
      {account.state === 'signed_in_as_other' && (
        <Stack>
          <Alert color="yellow">
            You are signed in as {account.email}, but this invitation is for {invitation.email}.
          </Alert>
          <Button variant="light" onClick={() => router.post('/logout')}>
            Sign out and continue
          </Button>
        </Stack>
      )}
      {account.state === 'existing_account' && (
        <Stack>
          <Text fz="sm">You already have a Wrencos account. Sign in to accept.</Text>
          <Button
            component={Link}
            href={`/login?return_to=${encodeURIComponent(action)}`}
            fullWidth
          >
            Sign in to accept
          </Button>
        </Stack>
      )}
      {account.state === 'new_account' && <NewAccountForm action={action} />}
    </AuthLayout>
  )
}

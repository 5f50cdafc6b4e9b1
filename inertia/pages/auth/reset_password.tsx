import { Head } from '@inertiajs/react'
import { Alert, Anchor, Button } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { AuthLayout } from '~/layouts/auth_layout'
import { NewPasswordForm } from '~/components/new_password_form'

export default function ResetPassword({ valid, action }: { valid: boolean; action: string }) {
  return (
    <AuthLayout
      title="Choose a new password"
      footer={
        <Anchor component={Link} href="/login">
          Back to sign in
        </Anchor>
      }
    >
      <Head title="Choose a new password" />
      {valid ? (
        <NewPasswordForm action={action} />
      ) : (
        <Alert color="orange" title="This link cannot be used">
          It has expired (links work for one hour) or was already used.
          <Button component={Link} href="/forgot-password" variant="light" mt="md" fullWidth>
            Ask for a new link
          </Button>
        </Alert>
      )}
    </AuthLayout>
  )
}

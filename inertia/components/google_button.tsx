import { Button, Divider } from '@mantine/core'
import { IconBrandGoogle } from '@tabler/icons-react'

export function GoogleButton({ enabled }: { enabled: boolean }) {
  if (!enabled) {
    return null
  }
  return (
    <>
      <Button
        component="a"
        href="/auth/google/redirect"
        variant="default"
        fullWidth
        leftSection={<IconBrandGoogle size={18} />}
      >
        Continue with Google
      </Button>
      <Divider label="or" labelPosition="center" my="md" />
    </>
  )
}

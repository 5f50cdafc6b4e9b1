import { Head } from '@inertiajs/react'
import { Alert, Container, Stack, Text, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'

export default function Suspended({
  workspaceName,
  reason,
  audience,
}: {
  workspaceName: string
  reason: string | null
  audience: 'staff' | 'customer'
}) {
  return (
    <Container size="sm" py={120}>
      <Head title={`${workspaceName} is unavailable`} />
      <Stack align="center" ta="center" gap="md">
        <IconLock size={56} stroke={1.5} aria-hidden="true" />
        <Title order={1}>{workspaceName} is unavailable</Title>
        {audience === 'staff' ? (
          <>
            <Text c="dimmed">
              This workspace has been suspended by the Wrencos team. Your data is safe and nothing
              has been deleted.
            </Text>
            {reason && (
              <Alert variant="light" color="orange" title="Reason" w="100%">
                {reason}
              </Alert>
            )}
            <Text c="dimmed" fz="sm">
              Contact support to restore access.
            </Text>
          </>
        ) : (
          <Text c="dimmed">This shop is temporarily closed. Please come back later.</Text>
        )}
      </Stack>
    </Container>
  )
}

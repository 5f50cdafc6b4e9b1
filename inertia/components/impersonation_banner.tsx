import { useEffect, useState } from 'react'
import { router } from '@inertiajs/react'
import { Alert, Box, Button, Group, Text } from '@mantine/core'
import { IconSpy } from '@tabler/icons-react'
import { AppForm } from '~/components/app_form'
import { useSharedProps } from '~/hooks/use_shared_props'

function minutesLabel(seconds: number) {
  const minutes = Math.ceil(seconds / 60)
  return minutes <= 1 ? 'less than a minute left' : `${minutes} min left`
}

/**
 * Shown on every back-office page while an operator acts as the signed-in
 * user: who, for which workspace, by whom, how long is left, and "End".
 * When the time is up the page reloads, and the server hands the browser
 * back to the operator.
 */
export function ImpersonationBanner() {
  const { impersonation } = useSharedProps()
  const fromServer = impersonation?.secondsLeft ?? 0
  // Seconds passed since the page got `fromServer`, counted per page.
  const [tick, setTick] = useState({ base: fromServer, passed: 0 })

  useEffect(() => {
    if (fromServer === 0) {
      return
    }
    const start = Date.now()
    const timer = setInterval(() => {
      const passed = Math.round((Date.now() - start) / 1000)
      setTick({ base: fromServer, passed })
      if (passed >= fromServer) {
        clearInterval(timer)
        router.reload()
      }
    }, 1000)
    return () => clearInterval(timer)
  }, [fromServer])

  const secondsLeft = Math.max(0, fromServer - (tick.base === fromServer ? tick.passed : 0))

  if (!impersonation) {
    return null
  }
  return (
    <Box
      pos="sticky"
      top={60}
      mx="calc(var(--mantine-spacing-lg) * -1)"
      mt="calc(var(--mantine-spacing-lg) * -1)"
      mb="md"
      style={{ zIndex: 90 }}
    >
      <Alert
        color="orange"
        variant="filled"
        radius={0}
        icon={<IconSpy size={20} aria-hidden="true" />}
        role="status"
        data-testid="impersonation-banner"
        py={6}
      >
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fz="sm" fw={500}>
            You are acting as <span title={impersonation.userEmail}>{impersonation.userName}</span>{' '}
            for {impersonation.tenantName} — operator {impersonation.operatorName} —{' '}
            {minutesLabel(secondsLeft)}
          </Text>
          <AppForm action="/impersonation/end" onSubmit={() => router.post('/impersonation/end')}>
            <Button type="submit" size="compact-sm" color="dark" variant="white">
              End
            </Button>
          </AppForm>
        </Group>
      </Alert>
    </Box>
  )
}

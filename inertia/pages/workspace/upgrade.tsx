import { Head } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import { Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'

type Props = {
  module: { key: string; name: string; description: string }
  plans: { key: string; name: string }[]
  billingUrl: string
  canManageBilling: boolean
}

function planList(names: string[]) {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
}

/**
 * Shown instead of a module's page when the workspace's plan does not
 * include the module.
 */
export default function Upgrade({ module, plans, billingUrl, canManageBilling }: Props) {
  return (
    <AppLayout>
      <Head title={`${module.name} is not in your plan`} />
      <Card withBorder padding="xl" maw={640} data-upgrade-module={module.key}>
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon variant="light" size="xl" radius="xl" color="grape">
              <IconLock size={22} />
            </ThemeIcon>
            <Title order={1} fz={24}>
              {module.name} is not in your plan
            </Title>
          </Group>
          {module.description && <Text c="dimmed">{module.description}</Text>}
          {plans.length > 0 ? (
            <Text>
              {module.name} comes with the {planList(plans.map((plan) => plan.name))}{' '}
              {plans.length > 1 ? 'plans' : 'plan'}. Change your plan on the Billing page to use it;
              everything else in your workspace stays as it is.
            </Text>
          ) : (
            <Text>No plan on offer includes {module.name} at the moment.</Text>
          )}
          {canManageBilling ? (
            <Group>
              <Button component={Link} href={billingUrl}>
                See plans and upgrade
              </Button>
            </Group>
          ) : (
            <Text fz="sm" c="dimmed">
              Ask an owner of the workspace to change the plan.
            </Text>
          )}
        </Stack>
      </Card>
    </AppLayout>
  )
}

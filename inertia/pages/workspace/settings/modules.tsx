import { useState } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconPlugOff } from '@tabler/icons-react'
import { modals } from '@mantine/modals'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { NavIcon } from '~/components/nav_icon'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'

type ModuleEntry = {
  key: string
  name: string
  description: string
  icon: string
  bridge: boolean
  dependsOn: { key: string; name: string }[]
  enabledDependents: string[]
  willAlsoEnable: string[]
  available: boolean
  /** Names of the plans on offer that include the module. */
  offeredOn: string[]
  state: 'enabled' | 'disabled' | 'off'
  enabledAt: string | null
  disabledAt: string | null
  purgeAfter: string | null
  purgedAt: string | null
}

type Props = {
  modules: ModuleEntry[]
  canManage: boolean
  canPurge: boolean
  purgeDelayDays: number
}

const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })

function listOf(names: string[]) {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
}

/** Whether the workspace's plan includes the module, or which plans do. */
function PlanNote({ module }: { module: ModuleEntry }) {
  const { shell } = useSharedProps()
  if (module.available) {
    return module.offeredOn.length > 0 ? (
      <Text fz="xs" c="teal" mt="sm" data-plan-note>
        In your plan
      </Text>
    ) : null
  }
  if (module.offeredOn.length === 0) {
    return (
      <Text fz="xs" c="dimmed" mt="sm" data-plan-note>
        Not offered in any plan at the moment
      </Text>
    )
  }
  return (
    <Text fz="xs" c="grape" mt="sm" data-plan-note>
      Available on {listOf(module.offeredOn)} ·{' '}
      <Anchor component={Link} href={`/app/${shell?.workspace.slug}/settings/billing`} fz="xs">
        Change plan
      </Anchor>
    </Text>
  )
}

function StateBadge({ module }: { module: ModuleEntry }) {
  if (module.purgeAfter) {
    return (
      <Badge color="red" variant="light">
        Deletion scheduled
      </Badge>
    )
  }
  if (module.state === 'enabled') {
    return (
      <Badge color="teal" variant="light">
        On
      </Badge>
    )
  }
  if (!module.available) {
    return (
      <Badge color="gray" variant="outline">
        Not in your plan
      </Badge>
    )
  }
  return (
    <Badge color="gray" variant="light">
      Off
    </Badge>
  )
}

function PurgeDialog({
  module,
  action,
  delayDays,
  onClose,
}: {
  module: ModuleEntry
  action: string
  delayDays: number
  onClose: () => void
}) {
  const form = useForm({ confirmation: '' })
  return (
    <Modal opened onClose={onClose} title={`Delete the data of ${module.name}?`} centered>
      <AppForm action={action} onSubmit={() => form.post(action, { onSuccess: onClose })}>
        <Stack>
          <Text fz="sm">
            Everything {module.name} stored for this workspace will be deleted {delayDays} days from
            now. Until then you can cancel. After that it cannot be recovered.
          </Text>
          <TextInput
            label={`Type "${module.key}" to confirm`}
            name="confirmation"
            autoComplete="off"
            data-autofocus
            value={form.data.confirmation}
            onChange={(event) => form.setData('confirmation', event.currentTarget.value)}
            error={form.errors.confirmation}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep the data
            </Button>
            <Button
              type="submit"
              color="red"
              loading={form.processing}
              disabled={form.data.confirmation.trim() !== module.key}
            >
              Schedule deletion
            </Button>
          </Group>
        </Stack>
      </AppForm>
    </Modal>
  )
}

function ModuleCard({
  module,
  base,
  canManage,
  canPurge,
  onPurge,
}: {
  module: ModuleEntry
  base: string
  canManage: boolean
  canPurge: boolean
  onPurge: () => void
}) {
  const [busy, setBusy] = useState(false)
  const url = `${base}/${module.key}`
  const options = {
    preserveScroll: true,
    onStart: () => setBusy(true),
    onFinish: () => setBusy(false),
  }

  const enable = () => {
    if (module.willAlsoEnable.length === 0) {
      router.post(`${url}/enable`, {}, options)
      return
    }
    modals.openConfirmModal({
      title: `Switch on ${module.name}?`,
      children: (
        <Stack gap="xs">
          <Text fz="sm">{module.name} needs these modules, which will be switched on first:</Text>
          <List fz="sm">
            {module.willAlsoEnable.map((name) => (
              <List.Item key={name}>{name}</List.Item>
            ))}
          </List>
        </Stack>
      ),
      labels: {
        confirm: `Switch on ${module.willAlsoEnable.length + 1} modules`,
        cancel: 'Cancel',
      },
      onConfirm: () => router.post(`${url}/enable`, {}, options),
    })
  }

  const disable = () =>
    confirmAction({
      title: `Switch off ${module.name}?`,
      message: `Its pages disappear for everyone in this workspace and on your storefront. Nothing is deleted: switching it on again restores everything.`,
      confirmLabel: 'Switch off',
      onConfirm: () => router.post(`${url}/disable`, {}, options),
    })

  return (
    <Card withBorder padding="lg" data-module={module.key}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size="lg" radius="md">
            <NavIcon name={module.icon} />
          </ThemeIcon>
          <Title order={2} fz="md">
            {module.name}
          </Title>
        </Group>
        <StateBadge module={module} />
      </Group>
      <Text fz="sm" c="dimmed" mt="sm">
        {module.description}
      </Text>
      <PlanNote module={module} />
      {module.dependsOn.length > 0 && (
        <Text fz="xs" mt="sm">
          Needs {module.dependsOn.map((dependency) => dependency.name).join(', ')}
          {module.bridge && ' — switches itself on when those are on'}
        </Text>
      )}
      {module.purgeAfter && (
        <Alert color="red" variant="light" mt="sm" icon={<IconAlertTriangle size={16} />}>
          Its data will be deleted on {formatDate(module.purgeAfter)}.
        </Alert>
      )}
      {module.purgedAt && !module.purgeAfter && module.state !== 'enabled' && (
        <Text fz="xs" c="dimmed" mt="sm">
          Data deleted on {formatDate(module.purgedAt)}.
        </Text>
      )}
      <Group mt="md" gap="xs">
        {canManage && module.state !== 'enabled' && !module.bridge && (
          <Button size="xs" onClick={enable} loading={busy} disabled={!module.available}>
            Switch on
          </Button>
        )}
        {canManage && module.state === 'enabled' && !module.bridge && (
          <Button
            size="xs"
            variant="default"
            onClick={disable}
            loading={busy}
            disabled={module.enabledDependents.length > 0}
            title={
              module.enabledDependents.length > 0
                ? `Switch off ${module.enabledDependents.join(', ')} first`
                : undefined
            }
          >
            Switch off
          </Button>
        )}
        {canPurge && module.state === 'disabled' && !module.purgeAfter && (
          <Button size="xs" variant="subtle" color="red" onClick={onPurge}>
            Delete data…
          </Button>
        )}
        {canPurge && module.purgeAfter && (
          <Button
            size="xs"
            variant="default"
            loading={busy}
            onClick={() => router.delete(`${url}/purge`, options)}
          >
            Cancel deletion
          </Button>
        )}
      </Group>
      {canManage && module.state === 'enabled' && module.enabledDependents.length > 0 && (
        <Text fz="xs" c="dimmed" mt="xs">
          {module.enabledDependents.join(', ')} need{module.enabledDependents.length > 1 ? '' : 's'}{' '}
          it: switch {module.enabledDependents.length > 1 ? 'them' : 'it'} off first.
        </Text>
      )}
    </Card>
  )
}

export default function Modules(props: Props) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/settings/modules`
  const [purging, setPurging] = useState<ModuleEntry | null>(null)

  return (
    <AppLayout>
      <Head title="Modules" />
      <PageHeader
        title="Modules"
        description="Switch on what your business uses. Switching a module off hides it and keeps its data."
      />
      {props.modules.length === 0 ? (
        <Card withBorder padding="xl" maw={640}>
          <Stack align="center" gap="xs">
            <ThemeIcon variant="light" size="xl" radius="xl" color="gray">
              <IconPlugOff size={22} />
            </ThemeIcon>
            <Text fw={600}>No modules are installed yet</Text>
            <Text fz="sm" c="dimmed" ta="center">
              Modules such as the storefront or the sales chat appear here once the platform
              provides them.
            </Text>
          </Stack>
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} maw={1200}>
          {props.modules.map((module) => (
            <ModuleCard
              key={module.key}
              module={module}
              base={base}
              canManage={props.canManage}
              canPurge={props.canPurge}
              onPurge={() => setPurging(module)}
            />
          ))}
        </SimpleGrid>
      )}
      {!props.canManage && props.modules.length > 0 && (
        <Text fz="sm" c="dimmed" mt="md">
          Only members allowed to manage modules can switch them on or off.
        </Text>
      )}
      {purging && (
        <PurgeDialog
          module={purging}
          action={`${base}/${purging.key}/purge`}
          delayDays={props.purgeDelayDays}
          onClose={() => setPurging(null)}
        />
      )}
    </AppLayout>
  )
}

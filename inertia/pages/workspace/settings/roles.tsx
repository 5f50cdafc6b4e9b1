import { useState } from 'react'
import { Head, router } from '@inertiajs/react'
import { Badge, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { useSharedProps } from '~/hooks/use_shared_props'

type Role = {
  value: string
  label: string
  description: string
  editable: boolean
  permissions: string[]
}
type Permission = { key: string; label: string }

function groupByArea(permissions: Permission[]) {
  const groups = new Map<string, Permission[]>()
  for (const permission of permissions) {
    const area = permission.key.split('.')[0]
    groups.set(area, [...(groups.get(area) ?? []), permission])
  }
  return [...groups.entries()]
}

function RoleCard({
  role,
  permissions,
  canManage,
  action,
}: {
  role: Role
  permissions: Permission[]
  canManage: boolean
  action: string
}) {
  const [selected, setSelected] = useState<string[]>(role.permissions)
  const [saving, setSaving] = useState(false)
  const dirty = [...selected].sort().join() !== [...role.permissions].sort().join()

  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb={4}>
        <Title order={2} fz="md">
          {role.label}
        </Title>
        {!role.editable && <Badge variant="light">Every permission</Badge>}
      </Group>
      <Text fz="sm" c="dimmed" mb="md">
        {role.description}
      </Text>
      {role.editable && (
        <Checkbox.Group
          value={selected}
          onChange={setSelected}
          label={`Permissions of ${role.label.toLowerCase()}s`}
        >
          <Stack gap="md" mt="xs">
            {groupByArea(permissions).map(([area, items]) => (
              <Stack key={area} gap={6}>
                <Text fz="xs" fw={700} tt="uppercase" c="dimmed">
                  {area}
                </Text>
                {items.map((permission) => (
                  <Checkbox
                    key={permission.key}
                    value={permission.key}
                    label={permission.label}
                    description={permission.key}
                    disabled={!canManage}
                  />
                ))}
              </Stack>
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {role.editable && canManage && (
        <Group mt="md">
          <Button
            disabled={!dirty}
            loading={saving}
            onClick={() =>
              router.put(
                action,
                { permissions: selected },
                {
                  preserveScroll: true,
                  onStart: () => setSaving(true),
                  onFinish: () => setSaving(false),
                }
              )
            }
          >
            Save {role.label.toLowerCase()} permissions
          </Button>
          {dirty && (
            <Button variant="subtle" onClick={() => setSelected(role.permissions)}>
              Undo changes
            </Button>
          )}
        </Group>
      )}
    </Card>
  )
}

export default function Roles(props: {
  roles: Role[]
  permissions: Permission[]
  canManage: boolean
}) {
  const { shell } = useSharedProps()
  return (
    <AppLayout>
      <Head title="Roles" />
      <PageHeader
        title="Roles"
        description="What each role may do in this workspace. Owners and admins may do everything."
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} maw={1100}>
        {props.roles.map((role) => (
          <RoleCard
            key={role.value}
            role={role}
            permissions={props.permissions}
            canManage={props.canManage}
            action={`/app/${shell?.workspace.slug}/settings/roles/${role.value}`}
          />
        ))}
      </SimpleGrid>
    </AppLayout>
  )
}

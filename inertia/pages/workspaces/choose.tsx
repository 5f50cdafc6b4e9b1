import { Head } from '@inertiajs/react'
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { AuthLayout } from '~/layouts/auth_layout'
import { WorkspaceAvatar } from '~/components/workspace_avatar'

type Workspace = {
  id: string
  slug: string
  name: string
  role: string
  logoUrl: string | null
  brandColor: string
  suspended: boolean
}

export default function ChooseWorkspace({ workspaces }: { workspaces: Workspace[] }) {
  return (
    <AuthLayout title="Choose a workspace" subtitle="You belong to several workspaces.">
      <Head title="Choose a workspace" />
      <Stack>
        {workspaces.map((workspace) => (
          <Card
            key={workspace.id}
            withBorder
            component={Link}
            href={`/app/${workspace.slug}`}
            padding="md"
          >
            <Group justify="space-between">
              <Group>
                <WorkspaceAvatar
                  name={workspace.name}
                  logoUrl={workspace.logoUrl}
                  color={workspace.brandColor}
                />
                <div>
                  <Text fw={600}>{workspace.name}</Text>
                  <Text fz="xs" c="dimmed">
                    /{workspace.slug}
                  </Text>
                </div>
              </Group>
              <Group gap="xs">
                {workspace.suspended && <Badge color="red">Suspended</Badge>}
                <Badge variant="light">{workspace.role}</Badge>
              </Group>
            </Group>
          </Card>
        ))}
        <Button
          component={Link}
          href="/onboarding/workspace"
          variant="light"
          leftSection={<IconPlus size={16} />}
        >
          Create another workspace
        </Button>
      </Stack>
    </AuthLayout>
  )
}

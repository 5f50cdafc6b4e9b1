import { Head } from '@inertiajs/react'
import { Badge, Card, Group, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { useSharedProps } from '~/hooks/use_shared_props'

type ChecklistItem = {
  key: string
  title: string
  description: string
  done: boolean
  href: string
}

export default function Dashboard({ checklist }: { checklist: ChecklistItem[] }) {
  const { shell, user } = useSharedProps()
  const done = checklist.filter((item) => item.done).length
  const complete = done === checklist.length

  return (
    <AppLayout>
      <Head title={shell?.workspace.name ?? 'Dashboard'} />
      <PageHeader
        title={`Welcome, ${user?.name.split(' ')[0] ?? ''}`}
        description={`This is the back office of ${shell?.workspace.name}.`}
      />
      <Card withBorder padding="lg" maw={720}>
        <Group justify="space-between" mb="xs">
          <Title order={2} fz="lg">
            Getting started
          </Title>
          <Badge color={complete ? 'teal' : 'grape'} variant="light">
            {done} of {checklist.length} done
          </Badge>
        </Group>
        <Progress
          value={(done / Math.max(checklist.length, 1)) * 100}
          mb="md"
          aria-label="Getting started progress"
        />
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {checklist.map((item) => (
            <li key={item.key}>
              <Group wrap="nowrap" align="flex-start">
                <ThemeIcon
                  variant="light"
                  color={item.done ? 'teal' : 'gray'}
                  radius="xl"
                  aria-hidden="true"
                >
                  {item.done ? <IconCircleCheck size={18} /> : <IconCircleDashed size={18} />}
                </ThemeIcon>
                <div>
                  <Text
                    fw={600}
                    component={Link}
                    href={item.href}
                    td={item.done ? 'line-through' : undefined}
                    c="inherit"
                  >
                    {item.title}
                  </Text>
                  <Text fz="sm" c="dimmed">
                    {item.done ? 'Done.' : item.description}
                  </Text>
                </div>
              </Group>
            </li>
          ))}
        </Stack>
      </Card>
    </AppLayout>
  )
}

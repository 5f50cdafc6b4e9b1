import { Head, router } from '@inertiajs/react'
import { Anchor, Button, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconRefresh } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { OpsLayout } from '~/layouts/ops_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { confirmAction } from '~/components/confirm'
import { StripeEventStatus } from '~/components/ops/stripe_event_status'

type Event = {
  id: string
  type: string
  status: string
  attempts: number
  error: string | null
  receivedAt: string
  processedAt: string | null
  stripeCreatedAt: string
  account: string | null
  payload: string
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="sm" component="div">
        {children}
      </Text>
    </div>
  )
}

export default function OpsStripeEvent({ event }: { event: Event }) {
  return (
    <OpsLayout>
      <Head title={`${event.type} · Operator console`} />
      <Anchor component={Link} href="/ops/stripe-events" fz="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden="true" /> All Stripe events
        </Group>
      </Anchor>
      <PageHeader
        title={event.type}
        description={event.id}
        actions={
          <Button
            leftSection={<IconRefresh size={16} />}
            onClick={() =>
              confirmAction({
                title: 'Replay this event?',
                message:
                  'It is applied again to its workspace. Applying an event twice has the same effect as once: a state older than the stored one changes nothing.',
                confirmLabel: 'Replay',
                danger: false,
                onConfirm: () => router.post(`/ops/stripe-events/${event.id}/replay`),
              })
            }
          >
            Replay
          </Button>
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Fact label="Status">
              <StripeEventStatus status={event.status} />
            </Fact>
            <Fact label="Attempts">{event.attempts}</Fact>
            <Fact label="Received">
              <RelativeTime iso={event.receivedAt} />
            </Fact>
            <Fact label="Processed">
              {event.processedAt ? <RelativeTime iso={event.processedAt} /> : '—'}
            </Fact>
            <Fact label="Created by Stripe">
              <RelativeTime iso={event.stripeCreatedAt} />
            </Fact>
            <Fact label="Account">{event.account ?? 'platform'}</Fact>
          </SimpleGrid>
          {event.error && (
            <Text c={event.status === 'failed' ? 'red' : 'dimmed'} fz="sm" mt="md">
              {event.error}
            </Text>
          )}
        </Card>
        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Payload
          </Title>
          <Code block fz="xs" mah={600} style={{ overflow: 'auto' }}>
            {event.payload}
          </Code>
        </Card>
      </Stack>
    </OpsLayout>
  )
}

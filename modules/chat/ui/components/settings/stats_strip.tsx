import { Card, SimpleGrid, Stack, Text } from '@mantine/core'
import type { StatsProps } from './types'

function duration(seconds: number | null) {
  if (seconds === null) return '—'
  if (seconds < 60) return `${seconds} s`
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`
  return `${(seconds / 3600).toFixed(1)} h`
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="lg" fw={700}>
        {value}
      </Text>
    </Stack>
  )
}

/** This month at a glance, from the chat's own tables. */
export function StatsStrip({ stats }: { stats: StatsProps }) {
  const aiShare =
    stats.resolved === 0 ? '—' : `${Math.round((stats.aiResolved / stats.resolved) * 100)} %`
  return (
    <Card withBorder padding="md" mb="lg" aria-label="This month in the chat">
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Stat label="Conversations this month" value={String(stats.conversations)} />
        <Stat label="Resolved by the assistant" value={aiShare} />
        <Stat label="Handed off" value={String(stats.handedOff)} />
        <Stat label="Median first response" value={duration(stats.medianFirstResponseSeconds)} />
        <Stat label="Orders from chat" value={String(stats.orders)} />
      </SimpleGrid>
    </Card>
  )
}

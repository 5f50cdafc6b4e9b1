import { Head } from '@inertiajs/react'
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { OpsLayout } from '~/layouts/ops_layout'
import { PageHeader } from '~/components/page_header'
import { LineChart } from '~/components/ops/line_chart'
import { formatMoney } from '~/lib/money'

type Figures = {
  day: string
  mrr: Record<string, number>
  active: number
  trialing: number
  pastDue: number
  churned: number
  tenants: number
}

function mainCurrency(figures: Figures[]) {
  const totals = new Map<string, number>()
  for (const day of figures) {
    for (const [currency, amount] of Object.entries(day.mrr)) {
      totals.set(currency, (totals.get(currency) ?? 0) + amount)
    }
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="md">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
      {hint && (
        <Text fz="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Card>
  )
}

export default function OpsFigures(props: { today: Figures; history: Figures[]; days: number }) {
  const { today, history } = props
  const currency = mainCurrency(history)
  const mrrEntries = Object.entries(today.mrr)
  const mrrLabel =
    mrrEntries.length === 0
      ? formatMoney(0, currency ?? 'EUR')
      : mrrEntries.map(([code, amount]) => formatMoney(amount, code)).join(' + ')

  return (
    <OpsLayout>
      <Head title="Figures · Operator console" />
      <PageHeader
        title="Figures"
        description="Recurring revenue and subscriptions, today and over the last 90 days."
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          <Stat label="MRR" value={mrrLabel} hint="Active and past-due subscriptions" />
          <Stat label="Active" value={String(today.active)} />
          <Stat label="Trialing" value={String(today.trialing)} />
          <Stat label="Past due" value={String(today.pastDue)} />
          <Stat label="Churned this month" value={String(today.churned)} />
        </SimpleGrid>

        {currency && (
          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb="sm">
              MRR over time ({currency})
            </Title>
            <LineChart
              title={`Monthly recurring revenue in ${currency}`}
              data={history.map((day) => ({ day: day.day, mrr: day.mrr[currency] ?? 0 }))}
              series={[{ name: 'mrr', label: 'MRR', color: 'teal' }]}
              format={(value) => formatMoney(value, currency)}
            />
          </Card>
        )}

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Subscriptions over time
          </Title>
          <LineChart
            title="Subscriptions by state"
            data={history.map((day) => ({
              day: day.day,
              active: day.active,
              trialing: day.trialing,
              pastDue: day.pastDue,
            }))}
            series={[
              { name: 'active', label: 'Active', color: 'teal' },
              { name: 'trialing', label: 'Trialing', color: 'blue' },
              { name: 'pastDue', label: 'Past due', color: 'orange' },
            ]}
          />
        </Card>

        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Day</Table.Th>
                  <Table.Th ta="right">MRR</Table.Th>
                  <Table.Th ta="right">Active</Table.Th>
                  <Table.Th ta="right">Trialing</Table.Th>
                  <Table.Th ta="right">Past due</Table.Th>
                  <Table.Th ta="right">Churned (month)</Table.Th>
                  <Table.Th ta="right">Workspaces</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...history].reverse().map((day) => (
                  <Table.Tr key={day.day}>
                    <Table.Td>{day.day}</Table.Td>
                    <Table.Td ta="right">
                      {Object.entries(day.mrr)
                        .map(([code, amount]) => formatMoney(amount, code))
                        .join(' + ') || '—'}
                    </Table.Td>
                    <Table.Td ta="right">{day.active}</Table.Td>
                    <Table.Td ta="right">{day.trialing}</Table.Td>
                    <Table.Td ta="right">{day.pastDue}</Table.Td>
                    <Table.Td ta="right">{day.churned}</Table.Td>
                    <Table.Td ta="right">{day.tenants}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      </Stack>
    </OpsLayout>
  )
}

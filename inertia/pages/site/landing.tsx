import { useState } from 'react'
import { Head } from '@inertiajs/react'
import {
  Badge,
  Box,
  Button,
  Card,
  Container,
  Group,
  List,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import {
  IconBuildingStore,
  IconCheck,
  IconChartBar,
  IconMail,
  IconMessageChatbot,
  IconReceipt2,
  IconUsersGroup,
  IconVideo,
} from '@tabler/icons-react'
import { SiteLayout } from '~/layouts/site_layout'
import { currencyDigits } from '~/lib/money'

const MODULES = [
  {
    icon: IconBuildingStore,
    name: 'Branded storefront',
    text: 'Catalog with variants and ingredients, cart, checkout and orders on your own domain.',
  },
  {
    icon: IconVideo,
    name: 'Live shopping',
    text: 'Stream, pin products and let viewers buy without leaving the show.',
  },
  {
    icon: IconMessageChatbot,
    name: 'AI sales chat',
    text: 'An assistant that knows your catalog and hands over to a person at any moment.',
  },
  {
    icon: IconMail,
    name: 'Email marketing',
    text: 'Campaigns and automations sent to customers who opted in.',
  },
  {
    icon: IconReceipt2,
    name: 'Finance',
    text: 'Revenue, expenses and invoices in one ledger.',
  },
  {
    icon: IconUsersGroup,
    name: 'HR',
    text: 'Staff records, shifts and time off for your team.',
  },
  {
    icon: IconChartBar,
    name: 'Analytics',
    text: 'Sales, customers and campaigns on one dashboard.',
  },
]

type PricedPlan = {
  key: string
  name: string
  description: string
  currency: string
  monthlyPriceMinor: number
  yearlyPriceMinor: number
  trialDays: number
  isDefault: boolean
  modules: string[]
  limits: string[]
}

type Interval = 'month' | 'year'

function formatPrice(minor: number, currency: string) {
  const digits = currencyDigits(currency)
  const amount = minor / 10 ** digits
  return new Intl.NumberFormat('en', {
    style: 'currency',
    currency,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : digits,
  }).format(amount)
}

function PlanCard({ plan, interval }: { plan: PricedPlan; interval: Interval }) {
  const price = interval === 'month' ? plan.monthlyPriceMinor : plan.yearlyPriceMinor
  return (
    <Card
      withBorder
      padding="xl"
      data-plan={plan.key}
      style={plan.isDefault ? { borderColor: 'var(--mantine-color-grape-5)' } : undefined}
    >
      <Stack gap="md" h="100%">
        <Group justify="space-between" align="center">
          <Title order={3} fz="xl">
            {plan.name}
          </Title>
          {plan.isDefault && (
            <Badge color="grape" variant="light">
              Most popular
            </Badge>
          )}
        </Group>
        {plan.description && (
          <Text c="dimmed" fz="sm">
            {plan.description}
          </Text>
        )}
        <Group gap={6} align="baseline">
          <Text fz={36} fw={700} lh={1}>
            {formatPrice(price, plan.currency)}
          </Text>
          <Text c="dimmed">{interval === 'month' ? 'a month' : 'a year'}</Text>
        </Group>
        {plan.modules.length > 0 && (
          <Stack gap={4}>
            <Text fw={600} fz="sm">
              Modules
            </Text>
            <List
              spacing={4}
              fz="sm"
              icon={
                <ThemeIcon size={18} radius="xl" variant="light" color="teal">
                  <IconCheck size={12} />
                </ThemeIcon>
              }
            >
              {plan.modules.map((name) => (
                <List.Item key={name}>{name}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Stack gap={4}>
          <Text fw={600} fz="sm">
            Includes
          </Text>
          <List spacing={4} fz="sm">
            {plan.limits.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        </Stack>
        <Box mt="auto">
          <Button
            component="a"
            href="/signup"
            fullWidth
            variant={plan.isDefault ? 'filled' : 'default'}
          >
            Start free trial
          </Button>
          {plan.trialDays > 0 && (
            <Text fz="xs" c="dimmed" ta="center" mt={6}>
              {plan.trialDays} days free, no card needed
            </Text>
          )}
        </Box>
      </Stack>
    </Card>
  )
}

function Pricing({ plans }: { plans: PricedPlan[] }) {
  const [interval, setInterval] = useState<Interval>('month')
  if (plans.length === 0) {
    return (
      <Card withBorder padding="xl" maw={480}>
        <Text fw={700} fz="lg">
          Free trial
        </Text>
        <Text c="dimmed" mb="md">
          Every module, your own storefront and the AI assistant while you try Wrencos.
        </Text>
        <Button component="a" href="/signup">
          Start free
        </Button>
      </Card>
    )
  }
  return (
    <Stack gap="lg">
      <SegmentedControl
        w="fit-content"
        value={interval}
        onChange={(value) => setInterval(value as Interval)}
        data={[
          { value: 'month', label: 'Monthly' },
          { value: 'year', label: 'Yearly' },
        ]}
        aria-label="Billing period"
      />
      <SimpleGrid cols={{ base: 1, md: Math.min(plans.length, 3) }} spacing="lg">
        {plans.map((plan) => (
          <PlanCard key={plan.key} plan={plan} interval={interval} />
        ))}
      </SimpleGrid>
    </Stack>
  )
}

export default function Landing({ plans }: { plans: PricedPlan[] }) {
  return (
    <SiteLayout>
      <Head title="Run your whole shop in one place" />
      <Box py={96} style={{ background: 'var(--wrencos-hero-gradient)' }}>
        <Container size="lg">
          <Stack gap="lg" maw={720}>
            <Badge variant="white" color="grape" size="lg">
              Built for beauty and cosmetics brands
            </Badge>
            <Title order={1} c="white" fz={{ base: 36, sm: 52 }} lh={1.1}>
              Run your whole shop in one place
            </Title>
            <Text c="white" fz="xl">
              Wrencos replaces the five to eight tools a small business juggles: a branded
              storefront, live-stream shopping, an AI sales assistant, email marketing, finance, HR
              and analytics — one workspace, one login, one bill.
            </Text>
            <Group>
              <Button component="a" href="/signup" size="lg" variant="white" color="grape">
                Start free
              </Button>
              <Button component="a" href="#modules" size="lg" variant="outline" color="white">
                See the modules
              </Button>
            </Group>
          </Stack>
        </Container>
      </Box>

      <Container size="lg" py={64} id="modules">
        <Title order={2} mb="xs">
          Switch on what you need
        </Title>
        <Text c="dimmed" mb="xl">
          Every module plugs into the same customers, catalog and orders. Turn one on when you are
          ready; turn it off without losing anything.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          {MODULES.map((module) => (
            <Card key={module.name} withBorder padding="lg">
              <ThemeIcon size="xl" variant="light" mb="md" aria-hidden="true">
                <module.icon size={24} />
              </ThemeIcon>
              <Text fw={700} mb={4}>
                {module.name}
              </Text>
              <Text c="dimmed" fz="sm">
                {module.text}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Container>

      <Container size="lg" py={64} id="pricing">
        <Title order={2} mb="xs">
          Pricing
        </Title>
        <Text c="dimmed" mb="xl">
          Start with a free trial, no card needed. Pick a plan when you are ready.
        </Text>
        <Pricing plans={plans} />
      </Container>
    </SiteLayout>
  )
}

import { Head } from '@inertiajs/react'
import {
  Badge,
  Box,
  Button,
  Card,
  Container,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import {
  IconBuildingStore,
  IconChartBar,
  IconMail,
  IconMessageChatbot,
  IconReceipt2,
  IconUsersGroup,
  IconVideo,
} from '@tabler/icons-react'
import { SiteLayout } from '~/layouts/site_layout'

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

export default function Landing() {
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
      </Container>
    </SiteLayout>
  )
}

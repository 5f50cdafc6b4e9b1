import type { ReactNode } from 'react'
import { router, usePage } from '@inertiajs/react'
import { AppShell, Badge, Burger, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import {
  IconBuildingStore,
  IconChartLine,
  IconCreditCard,
  IconLogout,
  IconSettings,
  IconUserCircle,
  IconWebhook,
} from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { BrandMark } from '~/components/brand_mark'
import { ColorSchemeToggle } from '~/components/color_scheme_toggle'
import { FlashMessages } from '~/components/flash_messages'
import { useSharedProps } from '~/hooks/use_shared_props'

const NAVIGATION = [
  { href: '/ops/tenants', label: 'Workspaces', icon: IconBuildingStore },
  { href: '/ops/plans', label: 'Plans', icon: IconCreditCard },
  { href: '/ops/figures', label: 'Figures', icon: IconChartLine },
  { href: '/ops/stripe-events', label: 'Stripe events', icon: IconWebhook },
  { href: '/ops/settings', label: 'Settings', icon: IconSettings },
]

function OperatorMenu() {
  const { user } = useSharedProps()
  if (!user) {
    return null
  }
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label="Your account">
          <Group gap={6} wrap="nowrap">
            <IconUserCircle size={22} aria-hidden="true" />
            <Text fz="sm" visibleFrom="sm">
              {user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} href="/app" leftSection={<IconBuildingStore size={16} />}>
          Your workspaces
        </Menu.Item>
        <Menu.Item component={Link} href="/account" leftSection={<IconUserCircle size={16} />}>
          Your account
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => router.post('/logout')}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

/**
 * The operator console's shell: its own navigation (workspaces, plans,
 * figures, Stripe events, settings), apart from any workspace.
 */
export function OpsLayout({ children }: { children: ReactNode }) {
  const [opened, { toggle }] = useDisclosure()
  const { url } = usePage()
  const path = url.split('?')[0]

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <FlashMessages />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="md">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Link
              href="/ops"
              aria-label="Wrencos operator console"
              style={{ color: 'inherit', textDecoration: 'none' }}
            >
              <Group gap={8} wrap="nowrap">
                <BrandMark size={24} />
                <Badge color="dark" variant="filled">
                  Operator console
                </Badge>
              </Group>
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ColorSchemeToggle />
            <OperatorMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Operator navigation">
        {NAVIGATION.map((item) => (
          <NavLink
            key={item.href}
            component={Link}
            href={item.href}
            label={item.label}
            leftSection={<item.icon size={18} aria-hidden="true" />}
            active={path === item.href || path.startsWith(`${item.href}/`)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main">{children}</AppShell.Main>
    </AppShell>
  )
}

import type { ReactNode } from 'react'
import { router, usePage } from '@inertiajs/react'
import {
  Alert,
  AppShell,
  Burger,
  Button,
  Divider,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Text,
  UnstyledButton,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import {
  IconChevronDown,
  IconLogout,
  IconMailExclamation,
  IconPlus,
  IconShieldCog,
  IconUserCircle,
} from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { BillingBanner } from '~/components/billing_banner'
import { BrandMark } from '~/components/brand_mark'
import { ColorSchemeToggle } from '~/components/color_scheme_toggle'
import { FlashMessages } from '~/components/flash_messages'
import { ImpersonationBanner } from '~/components/impersonation_banner'
import { NavIcon } from '~/components/nav_icon'
import { NotificationBell } from '~/components/notification_bell'
import { WorkspaceAvatar } from '~/components/workspace_avatar'
import { useSharedProps } from '~/hooks/use_shared_props'

function isActive(currentUrl: string, href: string, exact: boolean) {
  const path = currentUrl.split('?')[0]
  return exact ? path === href : path === href || path.startsWith(`${href}/`)
}

function WorkspaceSwitcher() {
  const { shell } = useSharedProps()
  if (!shell) {
    return null
  }
  return (
    <Menu position="bottom-start" width={280} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label="Switch workspace">
          <Group gap={8} wrap="nowrap">
            <WorkspaceAvatar
              name={shell.workspace.name}
              logoUrl={shell.workspace.logoUrl}
              color={shell.workspace.brandColor}
            />
            <Text fw={600} truncate maw={180}>
              {shell.workspace.name}
            </Text>
            <IconChevronDown size={14} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Your workspaces</Menu.Label>
        {shell.workspaces.map((workspace) => (
          <Menu.Item
            key={workspace.slug}
            component={Link}
            href={`/app/${workspace.slug}`}
            leftSection={
              <WorkspaceAvatar name={workspace.name} logoUrl={workspace.logoUrl} size={22} />
            }
            disabled={workspace.slug === shell.workspace.slug}
          >
            {workspace.name}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          component={Link}
          href="/onboarding/workspace"
          leftSection={<IconPlus size={16} />}
        >
          Create a workspace
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

function UserMenu() {
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
        <Menu.Item component={Link} href="/account" leftSection={<IconUserCircle size={16} />}>
          Your account
        </Menu.Item>
        {user.operator && (
          <Menu.Item component={Link} href="/ops" leftSection={<IconShieldCog size={16} />}>
            Operator console
          </Menu.Item>
        )}
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => router.post('/logout')}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

function VerificationBanner() {
  const { user } = useSharedProps()
  if (!user || user.verified) {
    return null
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconMailExclamation size={18} />}
      mb="md"
      title="Confirm your email address"
    >
      <Group justify="space-between" gap="xs">
        <Text fz="sm">
          We sent a confirmation link to {user.email}. Until you confirm it, you cannot invite
          teammates.
        </Text>
        <Button
          size="xs"
          variant="light"
          color="yellow"
          onClick={() => router.post('/email/verification')}
        >
          Send the link again
        </Button>
      </Group>
    </Alert>
  )
}

/**
 * The back-office shell: header with workspace switcher and account menu,
 * navigation built from what the member may use, and the page.
 */
export function AppLayout({ children }: { children: ReactNode }) {
  const [opened, { toggle }] = useDisclosure()
  const { shell } = useSharedProps()
  const { url } = usePage()

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
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
              href="/app"
              aria-label="Wrencos"
              style={{ color: 'inherit', textDecoration: 'none' }}
            >
              <BrandMark size={24} />
            </Link>
            <WorkspaceSwitcher />
          </Group>
          <Group gap="sm" wrap="nowrap">
            {shell && <NotificationBell key={shell.workspace.id} shell={shell} />}
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          {!shell && (
            <NavLink
              component={Link}
              href="/app"
              label="Your workspaces"
              leftSection={<NavIcon name="building" />}
            />
          )}
          {shell?.navigation.map((item) => (
            <NavLink
              key={item.href}
              component={Link}
              href={item.href}
              label={item.label}
              leftSection={<NavIcon name={item.icon} />}
              active={isActive(url, item.href, item.href === `/app/${shell.workspace.slug}`)}
            />
          ))}
          {shell && shell.settings.length > 0 && (
            <>
              <Divider my="sm" label="Settings" labelPosition="left" />
              {shell.settings.map((item) => (
                <NavLink
                  key={item.href}
                  component={Link}
                  href={item.href}
                  label={item.label}
                  leftSection={<NavIcon name={item.icon} />}
                  active={isActive(url, item.href, false)}
                />
              ))}
            </>
          )}
        </AppShell.Section>
        {shell && (
          <AppShell.Section>
            <Text fz="xs" c="dimmed" px="sm">
              Signed in as {shell.roleLabel.toLowerCase()}
            </Text>
          </AppShell.Section>
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <ImpersonationBanner />
        <VerificationBanner />
        {shell && <BillingBanner shell={shell} />}
        {children}
      </AppShell.Main>
    </AppShell>
  )
}

import type { ReactNode } from 'react'
import { Button, Grid, NavLink, Stack, Title } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { router, usePage } from '@inertiajs/react'

const SECTIONS = [
  { label: 'Orders', path: '/account/orders' },
  { label: 'Addresses', path: '/account/addresses' },
  { label: 'Profile', path: '/account/profile' },
  { label: 'Wishlist', path: '/wishlist' },
  { label: 'Your data', path: '/account/privacy' },
  { label: 'Email and sign-in', path: '/account' },
]

/** The customer account's pages, side by side with the one shown. */
export function AccountFrame({
  basePath,
  title,
  children,
}: {
  basePath: string
  title: string
  children: ReactNode
}) {
  const { url } = usePage()
  const current = url.split('?')[0]
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, sm: 3 }}>
        <nav aria-label="Your account">
          {SECTIONS.map((section) => {
            const href = `${basePath}${section.path}`
            const active = section.path === '/account' ? current === href : current.startsWith(href)
            return (
              <NavLink
                key={section.path}
                component={Link}
                href={href}
                label={section.label}
                active={active}
                aria-current={active ? 'page' : undefined}
              />
            )
          })}
        </nav>
        <Button
          variant="subtle"
          color="dark"
          mt="sm"
          onClick={() => router.post(`${basePath}/account/logout`)}
        >
          Sign out
        </Button>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 9 }}>
        <Stack gap="lg">
          <Title order={1} fz={26}>
            {title}
          </Title>
          {children}
        </Stack>
      </Grid.Col>
    </Grid>
  )
}

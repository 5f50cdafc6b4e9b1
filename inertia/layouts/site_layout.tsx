import type { ReactNode } from 'react'
import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { BrandMark } from '~/components/brand_mark'
import { ColorSchemeToggle } from '~/components/color_scheme_toggle'

/**
 * The public pages of the platform: landing, pricing, sign-up and login.
 */
export function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <Box>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Box
        component="header"
        py="md"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Container size="lg">
          <Group justify="space-between">
            <Anchor
              component={Link}
              href="/"
              underline="never"
              c="inherit"
              aria-label="Wrencos home"
            >
              <BrandMark />
            </Anchor>
            <Group gap="sm">
              <Anchor href="/#modules" c="dimmed" visibleFrom="sm">
                Modules
              </Anchor>
              <Anchor href="/#pricing" c="dimmed" visibleFrom="sm">
                Pricing
              </Anchor>
              <ColorSchemeToggle />
              <Button component="a" href="/signup">
                Start free
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main">
        {children}
      </Box>
      <Box
        component="footer"
        py="xl"
        mt="xl"
        style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      >
        <Container size="lg">
          <Text c="dimmed" fz="sm">
            © {new Date().getFullYear()} Wrencos — commerce for small and medium businesses.
          </Text>
        </Container>
      </Box>
    </Box>
  )
}

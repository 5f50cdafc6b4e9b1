import type { ReactNode } from 'react'
import { Anchor, Box, Container, Group, Text } from '@mantine/core'
import { FlashMessages } from '~/components/flash_messages'

export type ShopBrand = { name: string; brandColor: string; basePath: string }

/**
 * The minimal branded frame of a workspace's storefront pages.
 */
export function ShopLayout({ shop, children }: { shop: ShopBrand; children: ReactNode }) {
  return (
    <Box mih="100vh">
      <FlashMessages />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Box component="header" py="md" style={{ background: shop.brandColor }}>
        <Container size="lg">
          <Group justify="space-between">
            <Anchor href={shop.basePath || '/'} c="white" fw={800} fz="xl" underline="never">
              {shop.name}
            </Anchor>
            <Anchor href={`${shop.basePath}/account`} c="white" fw={600}>
              Account
            </Anchor>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="xl" component="main" id="main">
        {children}
      </Container>
      <Box component="footer" py="lg">
        <Container size="lg">
          <Text fz="xs" c="dimmed">
            © {new Date().getFullYear()} {shop.name}
          </Text>
        </Container>
      </Box>
    </Box>
  )
}

import type { ReactNode } from 'react'
import { Anchor, Box, Center, Container, Paper, Stack, Text, Title } from '@mantine/core'
import { BrandMark } from '~/components/brand_mark'
import { FlashMessages } from '~/components/flash_messages'

/**
 * Sign-up, sign-in and password pages: one centred card.
 */
export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string
  subtitle?: ReactNode
  children: ReactNode
  footer?: ReactNode
}) {
  return (
    <Box mih="100vh" py={48} bg="var(--mantine-color-gray-light)">
      <FlashMessages />
      <Container size={460} component="main" id="main">
        <Center mb="lg">
          <Anchor href="/" underline="never" c="inherit" aria-label="Wrencos home">
            <BrandMark size={34} />
          </Anchor>
        </Center>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <Stack gap="xs" mb="lg">
            <Title order={1} fz={26}>
              {title}
            </Title>
            {subtitle && (
              <Text c="dimmed" fz="sm">
                {subtitle}
              </Text>
            )}
          </Stack>
          {children}
        </Paper>
        {footer && (
          <Text ta="center" mt="md" fz="sm" c="dimmed">
            {footer}
          </Text>
        )}
      </Container>
    </Box>
  )
}

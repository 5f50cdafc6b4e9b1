import { Head } from '@inertiajs/react'
import { Button, Container, Stack, Text, Title } from '@mantine/core'

export function ErrorPage({
  code,
  title,
  message,
}: {
  code: number
  title: string
  message: string
}) {
  return (
    <Container size="sm" py={120}>
      <Head title={title} />
      <Stack align="center" ta="center" gap="md">
        <Text fz={72} fw={900} c="dimmed" lh={1} aria-hidden="true">
          {code}
        </Text>
        <Title order={1}>{title}</Title>
        <Text c="dimmed">{message}</Text>
        <Button component="a" href="/" variant="light">
          Back to the home page
        </Button>
      </Stack>
    </Container>
  )
}

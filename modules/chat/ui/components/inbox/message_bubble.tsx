import { Anchor, Box, Card, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { formatMoney } from '~/lib/money'
import type { ProductCardView, StaffMessage } from './types'

function ProductCards({ cards }: { cards: ProductCardView[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
      {cards.map((card) => (
        <Card key={card.productId} withBorder padding="xs" radius="md">
          <Group wrap="nowrap" gap="xs">
            {card.imageUrl && <Image src={card.imageUrl} alt="" w={48} h={48} radius="sm" />}
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor href={card.url} target="_blank" rel="noreferrer" fz="sm" fw={500} truncate>
                {card.name}
              </Anchor>
              <Text fz="xs" c="dimmed">
                {formatMoney(card.priceMinor, card.currency)}
                {card.inStock ? '' : ' · out of stock'}
              </Text>
            </Stack>
          </Group>
        </Card>
      ))}
    </SimpleGrid>
  )
}

const STYLES = {
  customer: { align: 'flex-start', bg: 'var(--mantine-color-default-hover)', label: 'Customer' },
  bot: { align: 'flex-start', bg: 'var(--mantine-color-violet-light)', label: 'Assistant' },
  agent: { align: 'flex-end', bg: 'var(--mantine-color-blue-light)', label: 'Agent' },
  note: { align: 'flex-end', bg: 'var(--mantine-color-yellow-light)', label: 'Internal note' },
} as const

/** One message of the conversation as staff see it: who wrote it shows in its colour and side. */
export function MessageBubble({ message }: { message: StaffMessage }) {
  const time = new Date(message.createdAt).toLocaleTimeString('en', {
    hour: '2-digit',
    minute: '2-digit',
  })
  if (message.author === 'system' && !message.internal) {
    return (
      <Text ta="center" fz="xs" c="dimmed" py={4} data-testid="system-message">
        {message.body} · {time}
      </Text>
    )
  }
  const style = message.internal ? STYLES.note : STYLES[message.author as keyof typeof STYLES]
  const heading =
    message.author === 'customer'
      ? (message.authorName ?? style.label)
      : message.authorName
        ? `${message.authorName} · ${style.label}`
        : style.label
  return (
    <Box style={{ display: 'flex', justifyContent: style.align }}>
      <Paper
        p="sm"
        radius="md"
        maw="80%"
        bg={style.bg}
        data-author={message.internal ? 'note' : message.author}
      >
        <Group gap={4} mb={2}>
          {message.internal && <IconLock size={12} aria-hidden />}
          <Text fz="xs" fw={600}>
            {heading}
          </Text>
          <Text fz="xs" c="dimmed">
            {time}
          </Text>
        </Group>
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {message.body}
        </Text>
        {message.cards.length > 0 && <ProductCards cards={message.cards} />}
      </Paper>
    </Box>
  )
}

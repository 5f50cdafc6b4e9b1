import { useEffect, useMemo, useRef, useState } from 'react'
import { Head, router } from '@inertiajs/react'
import {
  Anchor,
  Badge,
  Box,
  Card,
  Grid,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core'
import { Link } from '@adonisjs/inertia/react'
import { IconArrowLeft } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { useSharedProps } from '~/hooks/use_shared_props'
import { useChannel } from '~/realtime/use_channel'
import { xsrfToken } from '~/lib/xsrf'
import { MessageBubble } from '../../components/inbox/message_bubble'
import { ReplyBox } from '../../components/inbox/reply_box'
import {
  CustomerSidebar,
  type CartView,
  type DirectoryCustomer,
} from '../../components/inbox/customer_sidebar'
import {
  AssignmentAndTags,
  ConversationButtons,
} from '../../components/inbox/conversation_controls'
import {
  answererLabel,
  STATUS_COLORS,
  type Agent,
  type CannedResponseView,
  type ConversationEvent,
  type ConversationView,
  type InboxEvent,
  type StaffMessage,
} from '../../components/inbox/types'

type Props = {
  conversation: ConversationView
  messages: StaffMessage[]
  customer: DirectoryCustomer | null
  cart: CartView | null
  canned: CannedResponseView[]
  agents: Agent[]
  channels: { conversation: string; inbox: string }
  suggestFaqUrl: string | null
  can: { reply: boolean; assign: boolean }
}

const TYPING_SHOWN_MS = 5000

export default function InboxConversation(props: Props) {
  const { shell, user } = useSharedProps()
  const slug = shell?.workspace.slug
  const base = `/app/${slug}/chat/inbox`
  const url = `${base}/${props.conversation.id}`
  const [live, setLive] = useState<StaffMessage[]>([])
  const [streaming, setStreaming] = useState<Record<string, string>>({})
  const [typing, setTyping] = useState<string | null>(null)
  const [liveReadSeq, setLiveReadSeq] = useState(0)
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const bottom = useRef<HTMLDivElement>(null)

  const messages = useMemo(() => {
    const byId = new Map(props.messages.map((message) => [message.id, message]))
    for (const message of live) if (!byId.has(message.id)) byId.set(message.id, message)
    return [...byId.values()].sort((a, b) => a.seq - b.seq)
  }, [props.messages, live])

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' })
  }, [messages.length, streaming])

  const reload = () => router.reload()
  const markRead = () =>
    fetch(`${url}/read`, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
      credentials: 'same-origin',
    }).catch(() => {})

  useChannel<ConversationEvent>(
    props.channels.conversation,
    (event) => {
      if (event.type === 'message') {
        setLive((current) => [...current, { ...event.message, internal: false }])
        if (event.replyId) {
          const done = event.replyId
          setStreaming(({ [done]: _finished, ...rest }) => rest)
        }
        if (event.message.author === 'customer') {
          setTyping(null)
          if (document.visibilityState === 'visible') markRead()
        }
      } else if (event.type === 'reply.start') {
        setStreaming((current) => ({ ...current, [event.replyId]: '' }))
      } else if (event.type === 'reply.delta') {
        setStreaming((current) => ({
          ...current,
          [event.replyId]: (current[event.replyId] ?? '') + event.text,
        }))
      } else if (event.type === 'reply.discarded') {
        const gone = event.replyId
        setStreaming(({ [gone]: _discarded, ...rest }) => rest)
      } else if (event.type === 'typing' && event.who === 'customer') {
        setTyping(`${event.name ?? 'The customer'} is typing…`)
        clearTimeout(typingTimer.current)
        typingTimer.current = setTimeout(() => setTyping(null), TYPING_SHOWN_MS)
      } else if (event.type === 'read' && event.by === 'customer') {
        setLiveReadSeq(event.seq)
      } else if (event.type === 'conversation') {
        reload()
      }
    },
    reload
  )
  useChannel<InboxEvent>(props.channels.inbox, (event) => {
    if (event.type === 'note' && event.conversationId === props.conversation.id) {
      setLive((current) => [...current, { ...event.message, internal: true }])
    }
  })

  const { conversation } = props
  const lastAgentSeq = [...messages].reverse().find((message) => message.author === 'agent')?.seq
  const customerReadSeq = Math.max(conversation.customerReadSeq, liveReadSeq)
  const seen = lastAgentSeq !== undefined && customerReadSeq >= lastAgentSeq

  return (
    <AppLayout>
      <Head title={`Chat with ${conversation.name}`} />
      <Anchor component={Link} href={base} fz="sm" mb="xs" display="inline-flex">
        <IconArrowLeft size={14} style={{ marginRight: 4, alignSelf: 'center' }} /> Inbox
      </Anchor>
      <PageHeader
        title={conversation.name}
        description={`Writing from the ${conversation.channel}`}
        actions={
          <ConversationButtons
            url={url}
            conversation={conversation}
            canReply={props.can.reply}
            suggestFaqUrl={props.suggestFaqUrl}
          />
        }
      />
      <Group gap="xs" mt={-8} mb="md">
        <Badge color={STATUS_COLORS[conversation.status]} variant="light">
          {conversation.status}
        </Badge>
        <Badge color={conversation.mode === 'human' ? 'blue' : 'violet'} variant="dot">
          {answererLabel(conversation)}
        </Badge>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <Card withBorder padding={0}>
              <ScrollArea h="calc(100vh - 420px)" mih={320} type="auto">
                <Stack gap="xs" p="md" aria-live="polite" aria-label="Messages">
                  {messages.length === 0 && (
                    <Text c="dimmed" ta="center">
                      No messages yet.
                    </Text>
                  )}
                  {messages.map((message) => (
                    <MessageBubble key={message.id} message={message} />
                  ))}
                  {Object.entries(streaming).map(([replyId, text]) => (
                    <Box key={replyId} data-testid="streaming-reply">
                      <Paper p="sm" radius="md" maw="80%" bg="var(--mantine-color-violet-light)">
                        <Text fz="xs" fw={600} mb={2}>
                          Assistant · writing…
                        </Text>
                        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {text || '…'}
                        </Text>
                      </Paper>
                    </Box>
                  ))}
                  <div ref={bottom} />
                </Stack>
              </ScrollArea>
              <Group justify="space-between" px="md" py={6} mih={30}>
                <Text fz="xs" c="dimmed" aria-live="polite">
                  {typing ?? ''}
                </Text>
                {seen && (
                  <Text fz="xs" c="dimmed">
                    Seen by the customer
                  </Text>
                )}
              </Group>
            </Card>
            {props.can.reply ? (
              <ReplyBox url={url} mode={conversation.mode} canned={props.canned} />
            ) : (
              <Text fz="sm" c="dimmed">
                You can read this conversation; replying needs the permission to answer customers.
              </Text>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <AssignmentAndTags
              url={url}
              conversation={conversation}
              agents={props.agents}
              me={user?.id ?? ''}
              canReply={props.can.reply}
              canAssign={props.can.assign}
            />
            <CustomerSidebar
              name={conversation.name}
              channel={conversation.channel}
              customer={props.customer}
              cart={props.cart}
              storefrontBase={`/app/${slug}/storefront`}
              currency={shell?.workspace.currency ?? 'EUR'}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </AppLayout>
  )
}

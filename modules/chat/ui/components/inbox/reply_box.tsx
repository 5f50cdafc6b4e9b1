import { useRef, useState, type KeyboardEvent } from 'react'
import { router } from '@inertiajs/react'
import {
  Alert,
  Button,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  UnstyledButton,
} from '@mantine/core'
import { IconInfoCircle, IconMessage, IconSend } from '@tabler/icons-react'
import { xsrfToken } from '~/lib/xsrf'
import type { CannedResponseView, ConversationMode } from './types'

const TYPING_EVERY_MS = 3000

/** Typing "/ship" at the start of the box offers the canned responses whose shortcut matches. */
function cannedMatches(text: string, canned: CannedResponseView[]) {
  const match = text.match(/^\/([\w-]*)$/)
  if (!match) return []
  const typed = match[1].toLowerCase()
  return canned.filter((response) => response.shortcut.startsWith(typed)).slice(0, 6)
}

export function ReplyBox({
  url,
  mode,
  canned,
}: {
  /** The conversation's URL in the inbox. */
  url: string
  mode: ConversationMode
  canned: CannedResponseView[]
}) {
  const [kind, setKind] = useState<'reply' | 'note'>('reply')
  const [body, setBody] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const lastTyping = useRef(0)
  const matches = cannedMatches(body, canned)

  const announceTyping = () => {
    if (kind !== 'reply' || Date.now() - lastTyping.current < TYPING_EVERY_MS) return
    lastTyping.current = Date.now()
    fetch(`${url}/typing`, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
      credentials: 'same-origin',
    }).catch(() => {})
  }

  // The box empties at once (the next message can be written while this one
  // is sent) and gets the text back if it could not be sent.
  const send = () => {
    if (!body.trim() || sending) return
    const sent = body
    setBody('')
    setError(null)
    router.post(
      `${url}/${kind}`,
      { body: sent },
      {
        preserveScroll: true,
        onStart: () => setSending(true),
        onFinish: () => setSending(false),
        onError: (errors) => {
          setBody((current) => current || sent)
          setError(errors.body ?? 'The message could not be sent.')
        },
      }
    )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey) return
    event.preventDefault()
    if (matches.length > 0) setBody(matches[0].body)
    else send()
  }

  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={(value) => setKind(value as 'reply' | 'note')}
            data={[
              { value: 'reply', label: 'Reply to customer' },
              { value: 'note', label: 'Internal note' },
            ]}
          />
          <Menu position="top-end" width={320} disabled={canned.length === 0}>
            <Menu.Target>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconMessage size={14} />}
                disabled={canned.length === 0}
              >
                Canned responses
              </Button>
            </Menu.Target>
            <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
              {canned.map((response) => (
                <Menu.Item key={response.id} onClick={() => setBody(response.body)}>
                  <Text fz="sm" fw={500}>
                    {response.title}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    /{response.shortcut}
                  </Text>
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
        {kind === 'reply' && mode !== 'human' && (
          <Alert variant="light" color="blue" p="xs" icon={<IconInfoCircle size={16} />}>
            <Text fz="xs">
              Sending a reply takes over from the assistant: it stays silent until you hand the
              conversation back.
            </Text>
          </Alert>
        )}
        {matches.length > 0 && (
          <Paper withBorder p={4} role="listbox" aria-label="Canned responses">
            {matches.map((response) => (
              <UnstyledButton
                key={response.id}
                role="option"
                aria-selected={false}
                display="block"
                w="100%"
                p={6}
                onClick={() => setBody(response.body)}
              >
                <Text fz="sm">
                  <b>/{response.shortcut}</b> {response.title}
                </Text>
              </UnstyledButton>
            ))}
          </Paper>
        )}
        <Textarea
          aria-label={kind === 'reply' ? 'Reply' : 'Internal note'}
          placeholder={
            kind === 'reply'
              ? 'Write to the customer… (“/” for canned responses, Shift+Enter for a new line)'
              : 'A note only your team sees'
          }
          autosize
          minRows={2}
          maxRows={8}
          maxLength={4000}
          value={body}
          error={error}
          onChange={(event) => {
            setBody(event.currentTarget.value)
            announceTyping()
          }}
          onKeyDown={onKeyDown}
          styles={
            kind === 'note' ? { input: { background: 'var(--mantine-color-yellow-light)' } } : {}
          }
        />
        <Group justify="flex-end">
          <Button
            onClick={send}
            loading={sending}
            disabled={!body.trim()}
            leftSection={<IconSend size={16} />}
            color={kind === 'note' ? 'yellow' : undefined}
          >
            {kind === 'reply' ? 'Send' : 'Add note'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

import { router } from '@inertiajs/react'
import { Anchor, Button, Card, Group, Select, Stack, TagsInput, Text, Title } from '@mantine/core'
import {
  IconBulb,
  IconCheck,
  IconClock,
  IconRefresh,
  IconRobot,
  IconUser,
} from '@tabler/icons-react'
import { confirmAction } from '~/components/confirm'
import type { Agent, ConversationView } from './types'

const post = (url: string, data: Record<string, unknown> = {}) =>
  router.post(url, data as Record<string, string>, { preserveScroll: true })

/** Take over, hand back, resolve, reopen: what a person can do with the conversation. */
export function ConversationButtons({
  url,
  conversation,
  canReply,
  suggestFaqUrl,
}: {
  url: string
  conversation: ConversationView
  canReply: boolean
  suggestFaqUrl: string | null
}) {
  if (conversation.status === 'resolved') {
    return (
      <Group gap="xs">
        {suggestFaqUrl && (
          <Button
            component="a"
            href={suggestFaqUrl}
            variant="default"
            leftSection={<IconBulb size={16} />}
          >
            Suggest as FAQ
          </Button>
        )}
        {canReply && (
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={() => post(`${url}/reopen`)}
          >
            Reopen
          </Button>
        )}
      </Group>
    )
  }
  if (!canReply) return null
  return (
    <Group gap="xs">
      {conversation.mode === 'human' ? (
        <Button
          variant="default"
          leftSection={<IconRobot size={16} />}
          onClick={() =>
            confirmAction({
              title: 'Hand back to the assistant?',
              message:
                'The assistant will answer the customer’s questions again. You can take over at any time.',
              confirmLabel: 'Hand back',
              danger: false,
              onConfirm: () => post(`${url}/hand-back`),
            })
          }
        >
          Hand back to assistant
        </Button>
      ) : (
        <>
          {conversation.status === 'open' && (
            <Button
              variant="default"
              leftSection={<IconClock size={16} />}
              onClick={() => post(`${url}/hand-off`)}
            >
              Put in the queue
            </Button>
          )}
          <Button leftSection={<IconUser size={16} />} onClick={() => post(`${url}/take-over`)}>
            Take over
          </Button>
        </>
      )}
      <Button
        color="green"
        variant="light"
        leftSection={<IconCheck size={16} />}
        onClick={() =>
          confirmAction({
            title: 'Resolve this conversation?',
            message:
              'It leaves the inbox’s open lists. If the customer writes again, it opens with the assistant answering.',
            confirmLabel: 'Resolve',
            danger: false,
            onConfirm: () => post(`${url}/resolve`),
          })
        }
      >
        Resolve
      </Button>
    </Group>
  )
}

/** Who handles the conversation, and its tags. */
export function AssignmentAndTags({
  url,
  conversation,
  agents,
  me,
  canReply,
  canAssign,
}: {
  url: string
  conversation: ConversationView
  agents: Agent[]
  me: string
  canReply: boolean
  canAssign: boolean
}) {
  const assignee = agents.find((agent) => agent.id === conversation.assignedUserId)
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={3} fz="md">
          Handling
        </Title>
        {canAssign ? (
          <Select
            label="Assigned to"
            placeholder="Nobody"
            clearable
            searchable
            data={agents.map((agent) => ({
              value: agent.id,
              label: agent.id === me ? `${agent.name} (me)` : agent.name,
            }))}
            value={conversation.assignedUserId}
            onChange={(userId) => post(`${url}/assign`, { user_id: userId })}
          />
        ) : (
          <Group justify="space-between">
            <Text fz="sm">
              Assigned to <b>{assignee ? (assignee.id === me ? 'me' : assignee.name) : 'nobody'}</b>
            </Text>
            {canReply && conversation.assignedUserId !== me && (
              <Anchor
                component="button"
                fz="sm"
                onClick={() => post(`${url}/assign`, { user_id: me })}
              >
                Assign to me
              </Anchor>
            )}
          </Group>
        )}
        <TagsInput
          label="Tags"
          placeholder={canReply ? 'Add a tag and press Enter' : undefined}
          maxTags={10}
          disabled={!canReply}
          value={conversation.tags}
          onChange={(tags) =>
            post(`${url}/tags`, { tags: tags.map((tag) => tag.trim().toLowerCase()) })
          }
        />
      </Stack>
    </Card>
  )
}

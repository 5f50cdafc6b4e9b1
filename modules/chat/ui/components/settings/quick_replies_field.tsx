import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'

export const MAX_QUICK_REPLIES = 6

/** The buttons offered under the welcome message, up to six. */
export function QuickRepliesField({
  value,
  onChange,
  errors,
}: {
  value: string[]
  onChange: (next: string[]) => void
  errors: Record<string, string>
}) {
  const full = value.length >= MAX_QUICK_REPLIES
  return (
    <Stack gap="xs">
      <div>
        <Text fz="sm" fw={500}>
          Quick replies
        </Text>
        <Text fz="xs" c="dimmed">
          Buttons customers can tap instead of typing (up to {MAX_QUICK_REPLIES}).
        </Text>
      </div>
      {value.length === 0 && (
        <Text fz="sm" c="dimmed">
          No quick replies.
        </Text>
      )}
      {value.map((reply, index) => (
        <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            flex={1}
            aria-label={`Quick reply ${index + 1}`}
            value={reply}
            maxLength={40}
            onChange={(event) =>
              onChange(value.map((old, at) => (at === index ? event.currentTarget.value : old)))
            }
            error={errors[`quickReplies.${index}`]}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`Remove quick reply ${index + 1}`}
            onClick={() => onChange(value.filter((_, at) => at !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {errors.quickReplies && (
        <Text fz="xs" c="red">
          {errors.quickReplies}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={full}
          onClick={() => onChange([...value, ''])}
        >
          {full ? `${MAX_QUICK_REPLIES} quick replies at most` : 'Add a quick reply'}
        </Button>
      </Group>
    </Stack>
  )
}

import { Group, Text } from '@mantine/core'
import { IconStar, IconStarFilled } from '@tabler/icons-react'

/** Stars for a rating, read out as "4.5 out of 5 stars". */
export function StarRating({
  value,
  count,
  size = 16,
}: {
  value: number | null
  count?: number
  size?: number
}) {
  const rounded = Math.round(value ?? 0)
  return (
    <Group gap={4} wrap="nowrap">
      <Group
        gap={1}
        wrap="nowrap"
        role="img"
        aria-label={value === null ? 'No rating yet' : `${Number(value).toFixed(1)} out of 5 stars`}
        c="yellow.8"
      >
        {[1, 2, 3, 4, 5].map((star) =>
          star <= rounded ? (
            <IconStarFilled key={star} size={size} aria-hidden="true" />
          ) : (
            <IconStar key={star} size={size} aria-hidden="true" />
          )
        )}
      </Group>
      {count !== undefined && (
        <Text fz="sm" c="dimmed">
          ({count})
        </Text>
      )}
    </Group>
  )
}

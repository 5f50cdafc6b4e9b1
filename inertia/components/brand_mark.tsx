import { Group, Text } from '@mantine/core'

export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <img src="/favicon.svg" width={size} height={size} alt="" aria-hidden="true" />
      <Text fw={800} fz={size * 0.7} lh={1}>
        Wrencos
      </Text>
    </Group>
  )
}

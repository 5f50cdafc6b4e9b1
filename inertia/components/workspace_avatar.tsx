import { Avatar } from '@mantine/core'

export function WorkspaceAvatar({
  name,
  logoUrl,
  color,
  size = 28,
}: {
  name: string
  logoUrl: string | null
  color?: string
  size?: number
}) {
  const initials = name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
  return (
    <Avatar
      src={logoUrl}
      size={size}
      radius="sm"
      color={color ? undefined : 'grape'}
      style={color && !logoUrl ? { background: color, color: '#fff' } : undefined}
      alt=""
    >
      {initials}
    </Avatar>
  )
}

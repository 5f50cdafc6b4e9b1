export type NotificationChannel = 'in_app' | 'email'

export interface NotificationKind {
  /** `<area>.<what_happened>`, e.g. `storefront.order_placed`. */
  key: string
  label: string
  /** Who receives it by default: members holding this permission. */
  permission: string
  /** Whether members get it by email too unless they change it. */
  defaultChannel: NotificationChannel
}

const kinds = new Map<string, NotificationKind>()

/**
 * Declares a kind of staff notification; the kernel declares its own,
 * modules theirs through their manifest (`notifications`).
 */
export function defineNotificationKind(kind: NotificationKind) {
  if (!/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/.test(kind.key)) {
    throw new Error(`Invalid notification kind "${kind.key}": expected <area>.<what_happened>`)
  }
  kinds.set(kind.key, kind)
}

export function notificationKind(key: string) {
  const kind = kinds.get(key)
  if (!kind) {
    throw new Error(`Unknown notification kind "${key}": declare it first`)
  }
  return kind
}

export function allNotificationKinds() {
  return [...kinds.values()]
}

defineNotificationKind({
  key: 'workspace.member_joined',
  label: 'Someone joined the team',
  permission: 'workspace.members.view',
  defaultChannel: 'in_app',
})

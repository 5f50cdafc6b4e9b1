import transmit from '@adonisjs/transmit/services/main'
import mail from '@adonisjs/mail/services/main'
import Membership from '#kernel/identity/models/membership'
import Tenant from '#kernel/tenancy/models/tenant'
import type { Role } from '#kernel/identity/roles'
import { permissionsOf } from '#kernel/identity/workspace_member'
import StaffNotification from '#kernel/notifications/staff_notification'
import {
  notificationKind,
  type NotificationChannel,
} from '#kernel/notifications/notification_kinds'
import StaffNotificationMail from '#kernel/notifications/mails/staff_notification_mail'
import type { StaffNotificationInput } from '#kernel/contracts/staff_notifications'
import { channels } from '#kernel/realtime/channels'
import { afterCommit, requireTenantId } from '#kernel/tenancy/tenant_context'

async function recipientsOf(input: StaffNotificationInput, permission: string) {
  const query = Membership.query()
    .preload('user')
    .whereHas('user', (user) => user.whereNull('disabled_at'))
  if (input.userIds) {
    query.whereIn('user_id', input.userIds)
  }
  if (input.exceptUserId) {
    query.whereNot('user_id', input.exceptUserId)
  }
  const memberships = await query
  const allowed = new Map<Role, boolean>()
  const recipients: Membership[] = []
  for (const membership of memberships) {
    if (!allowed.has(membership.role)) {
      const permissions = await permissionsOf(membership.role)
      allowed.set(membership.role, permissions.has(permission))
    }
    if (allowed.get(membership.role)) {
      recipients.push(membership)
    }
  }
  return recipients
}

export function channelFor(membership: Membership, kind: string): NotificationChannel {
  return membership.notificationChannels?.[kind] ?? notificationKind(kind).defaultChannel
}

/**
 * Notifies the staff of the current workspace: one entry in each
 * recipient's notification centre, a live event to their open tabs once
 * the transaction commits, and an email to those who asked for one.
 * Recipients are the members holding the kind's permission (or the given
 * users, if they hold it). Returns how many members were notified.
 */
export async function notifyStaff(input: StaffNotificationInput) {
  const tenantId = requireTenantId()
  const kind = notificationKind(input.kind)
  const recipients = await recipientsOf(input, kind.permission)
  if (recipients.length === 0) {
    return 0
  }
  const created = await StaffNotification.createMany(
    recipients.map((membership) => ({
      userId: membership.userId,
      kind: kind.key,
      title: input.title.slice(0, 200),
      body: input.body?.slice(0, 1000) ?? null,
      url: input.url ?? null,
    }))
  )
  await afterCommit(async () => {
    for (const notification of created) {
      transmit.broadcast(channels.staffMember(tenantId, notification.userId), {
        type: 'notification',
        notification: notification.toLive(),
      })
    }
  })
  const byEmail = recipients.filter((membership) => channelFor(membership, kind.key) === 'email')
  if (byEmail.length > 0) {
    const tenant = await Tenant.findOrFail(tenantId)
    for (const membership of byEmail) {
      await mail.sendLater(new StaffNotificationMail(membership.user, tenant, input))
    }
  }
  return recipients.length
}

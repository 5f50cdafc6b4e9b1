import { DateTime } from 'luxon'
import StaffNotification from '#kernel/notifications/staff_notification'

/**
 * One member's notification centre in the current workspace.
 */
export function inboxOf(userId: string) {
  return {
    query: () =>
      StaffNotification.query()
        .where('user_id', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc'),

    async unreadCount() {
      const [{ $extras }] = await StaffNotification.query()
        .where('user_id', userId)
        .whereNull('read_at')
        .count('* as unread')
      return Number($extras.unread)
    },

    async latest(limit = 8) {
      const notifications = await this.query().limit(limit)
      return notifications.map((notification) => notification.toLive())
    },

    /** Marks one notification, or all of them, read. Returns how many changed. */
    async markRead(id?: string) {
      const query = StaffNotification.query().where('user_id', userId).whereNull('read_at')
      if (id) {
        query.where('id', id)
      }
      const changed = await query.update({ read_at: DateTime.now().toJSDate() })
      return Number(Array.isArray(changed) ? changed[0] : changed)
    },
  }
}

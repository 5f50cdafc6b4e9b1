import router from '@adonisjs/core/services/router'

const NotificationsController = () =>
  import('#kernel/notifications/controllers/notifications_controller')

/**
 * The member's notification centre (inside the `/app/:workspace` group).
 */
export function registerNotificationRoutes() {
  router.get('/notifications', [NotificationsController, 'index']).as('notifications.index')
  router
    .get('/notifications/summary', [NotificationsController, 'summary'])
    .as('notifications.summary')
  router
    .post('/notifications/read', [NotificationsController, 'markAllRead'])
    .as('notifications.mark_all_read')
  router
    .post('/notifications/:id/read', [NotificationsController, 'markRead'])
    .where('id', router.matchers.uuid())
    .as('notifications.mark_read')
  router
    .put('/notifications/channels', [NotificationsController, 'updateChannels'])
    .as('notifications.update_channels')
}

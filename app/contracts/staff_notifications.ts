/**
 * What a module hands the notification centre (notifyStaff). Declare the
 * kind in the module's manifest (`notifications`) first.
 */
export interface StaffNotificationInput {
  /** A declared kind, e.g. `storefront.order_placed`. */
  kind: string
  title: string
  body?: string
  /** Where the notification leads, a path of the back office. */
  url?: string
  /** Only these users (still only if they hold the kind's permission). */
  userIds?: string[]
  /** Not this user (the person whose action caused it). */
  exceptUserId?: string
}

export { notifyStaff } from '#kernel/notifications/notify_staff'

import type { HttpContext } from '@adonisjs/core/http'
import Membership from '#kernel/identity/models/membership'
import { allNotificationKinds } from '#kernel/notifications/notification_kinds'
import { channelFor } from '#kernel/notifications/notify_staff'
import { inboxOf } from '#kernel/notifications/inbox'
import { enabledModulesOf } from '#kernel/modules/request_modules'
import { moduleRegistry } from '#kernel/modules/module_registry'
import {
  notificationChannelsValidator,
  notificationFiltersValidator,
} from '#kernel/notifications/validators'
import { fieldError } from '#kernel/validation/field_error'

const PAGE_SIZE = 25

/**
 * The kinds a member can receive here: those whose permission they hold,
 * from the kernel or from a module the workspace has on.
 */
async function kindsFor(ctx: HttpContext) {
  const enabled = await enabledModulesOf(ctx)
  return allNotificationKinds().filter(({ key, permission }) => {
    const area = key.split('.')[0]
    const fromModule = moduleRegistry.has(area)
    return ctx.member!.can(permission) && (!fromModule || enabled.has(area))
  })
}

/**
 * The member's notification centre: the bell's summary, the full list,
 * marking read, and whether each kind also comes by email.
 */
export default class NotificationsController {
  async index(ctx: HttpContext) {
    const { request, inertia, member } = ctx
    const filters = await request.validateUsing(notificationFiltersValidator, {
      data: request.qs(),
    })
    const inbox = inboxOf(member!.user.id)
    const query = inbox.query()
    if (filters.show === 'unread') {
      query.whereNull('read_at')
    }
    const page = await query.paginate(filters.page ?? 1, PAGE_SIZE)
    const membership = await Membership.findByOrFail('user_id', member!.user.id)
    const receivable = await kindsFor(ctx)
    return inertia.render('workspace/notifications', {
      notifications: page.all().map((notification) => notification.toLive()),
      pagination: { page: page.currentPage, lastPage: page.lastPage, total: page.total },
      show: filters.show ?? 'all',
      unread: await inbox.unreadCount(),
      kinds: receivable.map(({ key, label }) => ({
        key,
        label,
        channel: channelFor(membership, key),
      })),
    })
  }

  async summary({ member, response }: HttpContext) {
    const inbox = inboxOf(member!.user.id)
    return response.json({ unread: await inbox.unreadCount(), latest: await inbox.latest() })
  }

  async markRead({ member, params, request, response }: HttpContext) {
    await inboxOf(member!.user.id).markRead(params.id)
    return this.#done(request.accepts(['html', 'json']), response, member!.user.id)
  }

  async markAllRead({ member, request, response, session }: HttpContext) {
    const changed = await inboxOf(member!.user.id).markRead()
    if (request.accepts(['html', 'json']) !== 'json') {
      session.flash(
        'success',
        changed === 1 ? '1 notification marked read.' : `${changed} notifications marked read.`
      )
    }
    return this.#done(request.accepts(['html', 'json']), response, member!.user.id)
  }

  async updateChannels(ctx: HttpContext) {
    const { request, member, session, response } = ctx
    const { channels } = await request.validateUsing(notificationChannelsValidator)
    const receivable = await kindsFor(ctx)
    const known = new Set(receivable.map((kind) => kind.key))
    const unknown = Object.keys(channels).filter((key) => !known.has(key))
    if (unknown.length > 0) {
      throw fieldError('channels', `Unknown notifications: ${unknown.join(', ')}`)
    }
    const membership = await Membership.findByOrFail('user_id', member!.user.id)
    membership.notificationChannels = { ...membership.notificationChannels, ...channels }
    await membership.save()
    session.flash('success', 'Notification settings saved.')
    return response.redirect().back()
  }

  async #done(accepts: string | null, response: HttpContext['response'], userId: string) {
    if (accepts === 'json') {
      return response.json({ unread: await inboxOf(userId).unreadCount() })
    }
    return response.redirect().back()
  }
}

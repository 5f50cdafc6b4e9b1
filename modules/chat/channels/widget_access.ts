import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { moduleOpenFor } from '#kernel/modules/request_modules'
import { bearerToken } from '#kernel/realtime/module_channels'
import Channel from '#modules/chat/models/channel'
import type Conversation from '#modules/chat/models/conversation'
import { tenantIdOfWidgetKey } from '#modules/chat/channels/widget_channel'
import { conversationOfToken } from '#modules/chat/conversations/customer_access'

function notFound() {
  return new Exception('This chat is not available.', { status: 404, code: 'E_NOT_FOUND' })
}

/** A site may embed the widget unless the channel names the sites allowed. */
function originAllowed(ctx: HttpContext, channel: Channel) {
  const allowed = channel.settings.allowedOrigins ?? []
  const origin = ctx.request.header('origin')
  return allowed.length === 0 || !origin || allowed.includes(origin)
}

/**
 * Runs `work` in the workspace the widget key names, with its active
 * widget channel. An unknown, inactive or malformed key, a workspace
 * without the chat, or a site not allowed: 404.
 */
export async function inWidgetChannel<T>(
  ctx: HttpContext,
  work: (channel: Channel) => Promise<T>
): Promise<T> {
  const key = String(ctx.params.key)
  const tenantId = tenantIdOfWidgetKey(key)
  if (!tenantId) throw notFound()
  return withTenant(tenantId, async () => {
    const channel = await Channel.query()
      .where('public_key', key)
      .where('kind', 'widget')
      .where('active', true)
      .first()
    if (!channel || !(await moduleOpenFor(ctx, tenantId, 'chat')) || !originAllowed(ctx, channel)) {
      throw notFound()
    }
    return work(channel)
  })
}

/** As above, with the conversation the request's bearer token opens (401 otherwise). */
export async function inWidgetConversation<T>(
  ctx: HttpContext,
  work: (conversation: Conversation, channel: Channel) => Promise<T>
): Promise<T> {
  return inWidgetChannel(ctx, async (channel) => {
    const conversation = await conversationOfToken(bearerToken(ctx))
    if (!conversation || conversation.channelId !== channel.id) {
      throw new Exception('This conversation has ended. Start a new one.', {
        status: 401,
        code: 'E_UNAUTHORIZED_ACCESS',
      })
    }
    return work(conversation, channel)
  })
}

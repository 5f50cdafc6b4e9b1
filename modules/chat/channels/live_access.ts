import type { HttpContext } from '@adonisjs/core/http'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { bearerToken } from '#kernel/realtime/module_channels'
import { mayHearStaffTopic } from '#kernel/realtime/channel_authorization'
import { conversationOfToken } from '#modules/chat/conversations/customer_access'

/**
 * A conversation's live channel (`chatChannels.conversation`) is heard by
 * its customer, proven by the conversation token alone, or by staff who
 * may see the inbox (their session). A request carrying a token is judged
 * on the token only: it skipped the CSRF check.
 */
export async function mayHearConversation(
  ctx: HttpContext,
  tenantId: string,
  conversationId: string
) {
  const token = bearerToken(ctx)
  if (token) {
    const conversation = await withTenant(tenantId, () => conversationOfToken(token))
    return conversation?.id === conversationId
  }
  return mayHearStaffTopic(ctx, tenantId, 'chat')
}

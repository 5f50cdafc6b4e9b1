import type { HttpContext } from '@adonisjs/core/http'
import router from '@adonisjs/core/services/router'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Conversation from '#modules/chat/models/conversation'
import { chatChannels } from '#modules/chat/conversations/live'
import { inboxCounts, listConversations } from '#modules/chat/inbox/list_conversations'
import { conversationDetail } from '#modules/chat/inbox/conversation_detail'
import { membersHolding } from '#modules/chat/inbox/assignment'
import { markReadByStaff } from '#modules/chat/inbox/presence'
import { inboxFiltersValidator } from '#modules/chat/inbox/validators'

/** The knowledge base's form that drafts an FAQ from a resolved conversation. */
const SUGGEST_FAQ_ROUTE = 'chat.faqs.create'

export default class InboxController {
  async index({ bouncer, request, inertia, member, tenant }: HttpContext) {
    await bouncer.authorize('can', 'chat.inbox.view')
    const input = await request.validateUsing(inboxFiltersValidator, { data: request.qs() })
    const filters = { tab: input.tab ?? 'waiting', q: input.q, page: input.page }
    const userId = member!.user.id
    const { rows, pagination } = await listConversations(filters, userId)
    return inertia.render('chat/inbox/index', {
      conversations: rows,
      pagination,
      filters: { tab: filters.tab, q: filters.q ?? '' },
      counts: await inboxCounts(userId),
      agents: await membersHolding('chat.inbox.reply'),
      channel: chatChannels.inbox(tenant!.id),
    })
  }

  async show({ bouncer, params, inertia, tenant, member }: HttpContext) {
    await bouncer.authorize('can', 'chat.inbox.view')
    const conversation = await Conversation.findOrFail(params.id)
    await markReadByStaff(conversation)
    return inertia.render('chat/inbox/show', {
      ...(await conversationDetail(conversation)),
      agents: await membersHolding('chat.inbox.reply'),
      channels: {
        conversation: chatChannels.conversation(tenant!.id, conversation.id),
        inbox: chatChannels.inbox(tenant!.id),
      },
      suggestFaqUrl: router.has(SUGGEST_FAQ_ROUTE)
        ? urlFor(
            SUGGEST_FAQ_ROUTE as any,
            { workspace: tenant!.slug },
            { qs: { conversation: conversation.id } }
          )
        : null,
      can: {
        reply: member!.can('chat.inbox.reply'),
        assign: member!.can('chat.inbox.assign'),
      },
    })
  }
}

import type { HttpContext } from '@adonisjs/core/http'
import { fieldError } from '#kernel/validation/field_error'
import Conversation from '#modules/chat/models/conversation'
import { handOffToHuman } from '#modules/chat/conversations/handoff'
import { handBack, takeOver } from '#modules/chat/conversations/takeover'
import { reopen, resolveConversation } from '#modules/chat/conversations/resolve'
import { addNote, replyAsAgent } from '#modules/chat/inbox/agent_reply'
import { assignConversation, membersHolding } from '#modules/chat/inbox/assignment'
import { publishConversationState } from '#modules/chat/inbox/conversation_state'
import { agentTyping, markReadByStaff } from '#modules/chat/inbox/presence'
import {
  agentMessageValidator,
  assignValidator,
  tagsValidator,
} from '#modules/chat/inbox/validators'

/** What staff do in a conversation. All but marking it read need chat.inbox.reply. */
export default class ConversationActionsController {
  private async conversation({ bouncer, params }: HttpContext) {
    await bouncer.authorize('can', 'chat.inbox.reply')
    return Conversation.findOrFail(params.id)
  }

  async reply(ctx: HttpContext) {
    const conversation = await this.conversation(ctx)
    const { body } = await ctx.request.validateUsing(agentMessageValidator)
    await replyAsAgent(conversation, ctx.member!.user, body)
    await markReadByStaff(conversation)
    return ctx.response.redirect().back()
  }

  async note(ctx: HttpContext) {
    const conversation = await this.conversation(ctx)
    const { body } = await ctx.request.validateUsing(agentMessageValidator)
    await addNote(conversation, ctx.member!.user, body)
    return ctx.response.redirect().back()
  }

  async takeOver(ctx: HttpContext) {
    const conversation = await this.conversation(ctx)
    await takeOver(conversation, ctx.member!.user)
    return ctx.response.redirect().back()
  }

  async handBack(ctx: HttpContext) {
    const conversation = await this.conversation(ctx)
    await handBack(conversation, ctx.member!.user)
    ctx.session.flash('success', 'The assistant answers this customer’s questions again.')
    return ctx.response.redirect().back()
  }

  async handOff(ctx: HttpContext) {
    const conversation = await this.conversation(ctx)
    await handOffToHuman(conversation, { by: 'staff' })
    return ctx.response.redirect().back()
  }

  async resolve(ctx: HttpContext) {
    const conversation = await this.conversation(ctx)
    await resolveConversation(conversation, { by: 'staff', userId: ctx.member!.user.id })
    ctx.session.flash('success', 'Conversation resolved.')
    return ctx.response.redirect().back()
  }

  async reopen(ctx: HttpContext) {
    const conversation = await this.conversation(ctx)
    await reopen(conversation, ctx.member!.user)
    return ctx.response.redirect().back()
  }

  async assign(ctx: HttpContext) {
    const conversation = await this.conversation(ctx)
    const { user_id: userId } = await ctx.request.validateUsing(assignValidator)
    const self = ctx.member!.user.id
    if (userId !== self) await ctx.bouncer.authorize('can', 'chat.inbox.assign')
    if (userId) {
      const agents = await membersHolding('chat.inbox.reply')
      if (!agents.some((agent) => agent.id === userId)) {
        throw fieldError('user_id', 'Choose a member of this workspace who may answer customers.')
      }
    }
    await assignConversation(conversation, userId, self)
    return ctx.response.redirect().back()
  }

  async tags(ctx: HttpContext) {
    const conversation = await this.conversation(ctx)
    const { tags } = await ctx.request.validateUsing(tagsValidator)
    conversation.tags = tags
    await conversation.save()
    await publishConversationState(conversation)
    return ctx.response.redirect().back()
  }

  async typing(ctx: HttpContext) {
    const conversation = await this.conversation(ctx)
    agentTyping(conversation, ctx.member!.user)
    return ctx.response.noContent()
  }

  async read(ctx: HttpContext) {
    await ctx.bouncer.authorize('can', 'chat.inbox.view')
    const conversation = await Conversation.findOrFail(ctx.params.id)
    await markReadByStaff(conversation)
    return ctx.response.noContent()
  }
}

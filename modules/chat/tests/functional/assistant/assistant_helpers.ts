import { setImmediate as nextTurn } from 'node:timers/promises'
import transmit from '@adonisjs/transmit/services/main'
import env from '#start/env'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { startGeminiServer, type FakeGeminiOptions } from '#tests/support/fakes/gemini_server'
import Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import { chatChannels, type ConversationEvent } from '#modules/chat/conversations/live'
import { receiveCustomerMessage } from '#modules/chat/conversations/customer_message'
import { replies } from '#modules/chat/assistant/reply_runner'

type Cleanup = (fn: () => Promise<void> | void) => void

const GEMINI_ENV = ['GEMINI_API_KEY', 'GEMINI_API_BASE'] as const

/**
 * The fake Gemini API, with the platform's Gemini key and base pointed at
 * it until cleanup (`platformKey: null`: the platform has no key).
 */
export async function geminiFake(
  cleanup: Cleanup,
  options: FakeGeminiOptions & { platformKey?: string | null } = {}
) {
  const { platformKey = 'platform-gemini-key', ...serverOptions } = options
  const fake = await startGeminiServer({ apiKey: platformKey ?? undefined, ...serverOptions })
  const previous = GEMINI_ENV.map((key) => [key, env.get(key)] as const)
  env.set('GEMINI_API_KEY', platformKey ?? '')
  env.set('GEMINI_API_BASE', fake.baseUrl)
  cleanup(async () => {
    await replies.settled()
    for (const [key, value] of previous) env.set(key, value ?? '')
    await fake.close()
  })
  return fake
}

/** No platform key (and no fake server): the assistant has no model to call. */
export function withoutGeminiKey(cleanup: Cleanup) {
  const previous = env.get('GEMINI_API_KEY')
  env.set('GEMINI_API_KEY', '')
  cleanup(async () => {
    await replies.settled()
    env.set('GEMINI_API_KEY', previous ?? '')
  })
}

/** What the conversation's live channel carries from now on. */
export function conversationEvents(tenantId: string, conversationId: string, cleanup: Cleanup) {
  const events: ConversationEvent[] = []
  const channel = chatChannels.conversation(tenantId, conversationId)
  const stop = transmit.on('broadcast', (broadcast) => {
    if (broadcast.channel === channel) events.push(broadcast.payload as ConversationEvent)
  })
  cleanup(() => stop())
  return events
}

/** The customer writes, as every channel hands it over (the reply starts after commit). */
export function customerWrites(tenant: Tenant, conversationId: string, body: string) {
  return withTenant(tenant.id, async () =>
    receiveCustomerMessage(await Conversation.findOrFail(conversationId), body)
  )
}

/** Waits until every reply under way is finished and its live events are delivered. */
export async function repliesDone() {
  await replies.settled()
  await nextTurn()
}

export function messagesOf(tenant: Tenant, conversationId: string) {
  return withTenant(tenant.id, () =>
    Message.query().where('conversation_id', conversationId).orderBy('seq')
  )
}

export async function botMessages(tenant: Tenant, conversationId: string) {
  return (await messagesOf(tenant, conversationId)).filter((message) => message.author === 'bot')
}

export function reloadConversation(tenant: Tenant, conversationId: string) {
  return withTenant(tenant.id, () => Conversation.findOrFail(conversationId))
}

/** The function responses the model was sent back, by tool name. */
export function functionResponses(
  fake: Awaited<ReturnType<typeof geminiFake>>
): { name: string; response: Record<string, any> }[] {
  return fake.requests.flatMap((request) =>
    (request.contents.at(-1)?.parts ?? []).flatMap((part) =>
      part.functionResponse
        ? [{ name: part.functionResponse.name!, response: part.functionResponse.response! }]
        : []
    )
  )
}

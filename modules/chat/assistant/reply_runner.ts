import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import type { FunctionCall, Part } from '@google/genai'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import { databaseScope } from '#kernel/tenancy/tenant_context'
import { withTenant } from '#kernel/tenancy/with_tenant'
import Conversation from '#modules/chat/models/conversation'
import { appendMessage, type NewMessage } from '#modules/chat/conversations/append_message'
import { publishToConversation } from '#modules/chat/conversations/live'
import { assistantAnswers } from '#modules/chat/conversations/reply_policy'
import { assistantAvailability } from '#modules/chat/assistant/availability'
import { geminiApiKey, geminiClient, geminiModel } from '#modules/chat/assistant/gemini_client'
import { historyContents } from '#modules/chat/assistant/history'
import { loadReplyContext } from '#modules/chat/assistant/reply_context'
import { ASSISTANT_RULES, systemInstruction } from '#modules/chat/assistant/system_prompt'
import { outputGuard, REFUSAL } from '#modules/chat/assistant/output_guard'
import { productCard, shopBaseUrl } from '#modules/chat/assistant/product_cards'
import { basicAnswer } from '#modules/chat/assistant/basic_reply'
import { noticeAiLimitReached } from '#modules/chat/assistant/limit_notice'
import { streamReply } from '#modules/chat/assistant/stream_reply'
import { deltaBatcher } from '#modules/chat/assistant/delta_batcher'
import { firstName } from '#modules/chat/conversations/start_conversation'
import {
  runTool,
  toolDeclarations,
  type ToolRun,
} from '#modules/chat/assistant/tools/assistant_tools'

const MAX_CARDS = 6

const guard = outputGuard([...ASSISTANT_RULES, JSON.stringify(toolDeclarations)])

interface Answering {
  tenantId: string
  conversationId: string
  /** The customer message being answered. */
  seq: number
  signal: AbortSignal
}

/** Replies under way in this process, by conversation: the newest customer message wins. */
const running = new Map<string, { seq: number; controller: AbortController }>()
const pending = new Set<Promise<void>>()

/**
 * What the reply needs, read in one short transaction; null when the
 * assistant stays quiet (a newer message came, a person has the
 * conversation, a passive conversation got no question).
 */
async function prepare({ conversationId, seq }: Pick<Answering, 'conversationId' | 'seq'>) {
  const context = await loadReplyContext(conversationId, seq)
  const answered = context?.history.at(-1)
  if (!context || context.lastCustomerSeq !== seq || answered?.seq !== seq) return null
  if (!assistantAnswers(context, answered.body)) return null
  const { settings } = context
  const availability = await assistantAvailability(settings)
  if (availability.reason === 'limit') await noticeAiLimitReached()
  return {
    settings,
    availability,
    apiKey: geminiApiKey(settings),
    contents: historyContents(context.history, settings.memoryWindow),
    customerText: answered.body,
    shopName: context.shopName,
    shopUrl: shopBaseUrl(context.shopSlug),
    customerFirstName: firstName(context.customerName ?? context.visitorName),
  }
}

type Prepared = NonNullable<Awaited<ReturnType<typeof prepare>>>

/**
 * What the reply to a customer message needs, read in the transaction
 * that stored the message (null: the assistant stays quiet). The model is
 * then called as soon as that transaction commits.
 */
export type PreparedReply = Prepared | null

export function prepareReply(conversationId: string, seq: number): Promise<PreparedReply> {
  return prepare({ conversationId, seq })
}

/**
 * Saves the reply if the message it answers is still the customer's last
 * and no person took over meanwhile: checked under the conversation's row
 * lock, so it holds across processes. `compose` runs under that lock too.
 */
async function saveIfCurrent(
  answering: Answering,
  compose: (conversation: Conversation) => Promise<NewMessage>,
  countsAsAi: boolean
) {
  return withTenant(answering.tenantId, async () => {
    const conversation = await Conversation.query()
      .where('id', answering.conversationId)
      .forUpdate()
      .first()
    if (
      !conversation ||
      conversation.lastCustomerSeq !== answering.seq ||
      conversation.mode === 'human'
    ) {
      return false
    }
    await appendMessage(conversation, await compose(conversation))
    if (countsAsAi) {
      const meter = await app.container.make(UsageMeter)
      await meter.record('ai_messages', 1)
    }
    return true
  })
}

function saveBasic(
  answering: Answering,
  prepared: Prepared,
  meta: Record<string, unknown>,
  replyId?: string
) {
  return saveIfCurrent(
    answering,
    async (conversation) => {
      const basic = await basicAnswer(conversation, prepared.customerText, prepared.shopUrl)
      return {
        author: 'bot',
        body: basic.body,
        cards: basic.cards,
        replyId,
        meta: { basic: true, ...meta },
      }
    },
    false
  )
}

async function answerWithModel(answering: Answering, prepared: Prepared, apiKey: string) {
  const { tenantId, conversationId, signal } = answering
  const replyId = randomUUID()
  const publish = (event: Parameters<typeof publishToConversation>[2]) =>
    publishToConversation(tenantId, conversationId, event)
  const toolRun: ToolRun = {
    tenantId,
    conversationId,
    shopUrl: prepared.shopUrl,
    shownProducts: new Map(),
  }
  let streamed = ''
  let leaked = false
  const deltas = deltaBatcher((text) => publish({ type: 'reply.delta', replyId, text }))

  publish({ type: 'reply.start', replyId })
  let reply
  try {
    reply = await streamReply({
      client: geminiClient(apiKey),
      model: geminiModel(),
      systemInstruction: systemInstruction(prepared),
      contents: prepared.contents,
      temperature: prepared.settings.temperature,
      maxOutputTokens: prepared.settings.maxOutputTokens,
      signal,
      onText(text) {
        if (guard.leaks(streamed + text)) {
          leaked = true
          deltas.cancel()
          return false
        }
        streamed += text
        deltas.push(text)
        return true
      },
      runTools: (calls) => runTools(toolRun, calls),
    })
  } catch (error) {
    deltas.cancel()
    if (signal.aborted) {
      publish({ type: 'reply.discarded', replyId })
      return
    }
    logger.warn({ err: error, tenantId, conversationId }, 'assistant model call failed')
    if (!(await saveBasic(answering, prepared, { fallback: 'model_error' }, replyId))) {
      publish({ type: 'reply.discarded', replyId })
    }
    return
  }

  deltas.flush()
  const body = leaked ? REFUSAL : reply.text.trim()
  if (!body) {
    if (!(await saveBasic(answering, prepared, { fallback: 'empty_reply' }, replyId))) {
      publish({ type: 'reply.discarded', replyId })
    }
    return
  }
  const cards = leaked
    ? []
    : [...toolRun.shownProducts.values()]
        .slice(0, MAX_CARDS)
        .map((product) => productCard(product, prepared.shopUrl))
  const saved = await saveIfCurrent(
    answering,
    async () => ({
      author: 'bot',
      body,
      cards,
      replyId,
      meta: { ai: true, tools: reply.toolsUsed, ...(leaked ? { guarded: true } : {}) },
    }),
    true
  )
  if (!saved) publish({ type: 'reply.discarded', replyId })
}

async function runTools(run: ToolRun, calls: FunctionCall[]) {
  const parts: Part[] = []
  for (const call of calls) {
    const response = await runTool(run, call)
    parts.push({ functionResponse: { id: call.id, name: call.name, response } })
  }
  return parts
}

async function answer(answering: Answering, given?: PreparedReply) {
  const prepared =
    given === undefined ? await withTenant(answering.tenantId, () => prepare(answering)) : given
  if (!prepared || answering.signal.aborted) return
  if (prepared.availability.mode === 'ai' && prepared.apiKey) {
    await answerWithModel(answering, prepared, prepared.apiKey)
  } else {
    await saveBasic(answering, prepared, { reason: prepared.availability.reason })
  }
}

/**
 * Decides and produces the assistant's replies, outside the request that
 * stored the customer's message. A newer message of the same conversation
 * cancels the reply under way, so a burst gets one answer.
 */
export const replies = {
  customerWrote(tenantId: string, conversationId: string, seq: number, prepared?: PreparedReply) {
    const key = `${tenantId}/${conversationId}`
    const current = running.get(key)
    if (current && current.seq >= seq) return
    current?.controller.abort()
    const run = { seq, controller: new AbortController() }
    running.set(key, run)
    const work: Promise<void> = databaseScope
      .exit(() =>
        answer({ tenantId, conversationId, seq, signal: run.controller.signal }, prepared)
      )
      .catch((error) =>
        logger.error({ err: error, tenantId, conversationId }, 'assistant reply failed')
      )
      .finally(() => {
        if (running.get(key) === run) running.delete(key)
        pending.delete(work)
      })
    pending.add(work)
  },

  /** Resolves once every reply under way has finished (shutdown, tests). */
  async settled() {
    while (pending.size > 0) {
      await Promise.allSettled([...pending])
    }
  },
}

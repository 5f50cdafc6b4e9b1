import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import Customer from '#kernel/identity/models/customer'
import type Tenant from '#kernel/tenancy/models/tenant'
import { enableModule, enabledModuleKeys } from '#kernel/modules/module_lifecycle'
import { CatalogReader } from '#kernel/contracts/catalog_reader'
import CannedResponse from '#modules/chat/models/canned_response'
import Conversation from '#modules/chat/models/conversation'
import { appendMessage } from '#modules/chat/conversations/append_message'
import { resolveConversation } from '#modules/chat/conversations/resolve'
import { newVisitorToken } from '#modules/chat/conversations/visitor_token'
import { productCard, shopBaseUrl } from '#modules/chat/assistant/product_cards'
import { seedStarterFaqs } from '#modules/chat/knowledge/seed_faqs'
import {
  ASSISTED_SALE,
  DEMO_CANNED_RESPONSES,
  WAITING_FOR_A_PERSON,
} from '#modules/chat/demo/demo_conversations'

function startConversation(fields: Partial<Conversation>) {
  return Conversation.create({
    channelKind: 'storefront',
    visitorTokenHash: newVisitorToken().hash,
    mode: 'bot',
    status: 'open',
    tags: [],
    ...fields,
  })
}

/** A shopper the assistant helped choose, shown the products as cards, then resolved. */
async function assistedSale(tenant: Tenant) {
  const catalog = await app.container.make(CatalogReader)
  const products = await catalog.search({ text: ASSISTED_SALE.search, limit: 2 })
  const conversation = await startConversation({ visitorName: ASSISTED_SALE.visitorName })
  await appendMessage(conversation, { author: 'customer', body: ASSISTED_SALE.question })
  await appendMessage(conversation, {
    author: 'bot',
    body: ASSISTED_SALE.answer,
    cards: products.map((product) => productCard(product, shopBaseUrl(tenant.slug))),
  })
  await appendMessage(conversation, { author: 'customer', body: ASSISTED_SALE.thanks })
  await appendMessage(conversation, { author: 'bot', body: ASSISTED_SALE.goodbye })
  await resolveConversation(conversation, { by: 'ai' })
}

/** A signed-in customer who asked for a person: waiting in the inbox's queue. */
async function waitingForAPerson(customer: Customer | null) {
  const conversation = await startConversation({
    customerId: customer?.id ?? null,
    visitorName: customer?.name ?? 'Léa',
  })
  await appendMessage(conversation, { author: 'customer', body: WAITING_FOR_A_PERSON.question })
  await appendMessage(conversation, { author: 'bot', body: WAITING_FOR_A_PERSON.answer })
  await appendMessage(conversation, { author: 'customer', body: WAITING_FOR_A_PERSON.request })
  // Set as a hand-off leaves it: seeding runs without the HTTP routes the
  // staff notification links to.
  conversation.merge({ status: 'waiting', handedOffAt: DateTime.now() })
  await conversation.save()
  await appendMessage(conversation, {
    author: 'system',
    body: WAITING_FOR_A_PERSON.notice,
    meta: { handoff: { by: 'customer', reason: WAITING_FOR_A_PERSON.request } },
  })
}

/**
 * The demo workspace's chat: switched on, the starter FAQ, canned
 * responses and two sample conversations, so the inbox is not empty. Safe
 * to run again. Runs in the workspace's tenant scope, after its shop is
 * filled in.
 */
export async function seedDemoChat(tenant: Tenant, customerEmail: string) {
  const enabled = await enabledModuleKeys()
  if (!enabled.has('chat')) {
    await enableModule('chat', { actor: null })
  }
  await seedStarterFaqs()
  for (const canned of DEMO_CANNED_RESPONSES) {
    if (!(await CannedResponse.findBy('shortcut', canned.shortcut))) {
      await CannedResponse.create(canned)
    }
  }
  if (await Conversation.query().first()) return
  await assistedSale(tenant)
  await waitingForAPerson(await Customer.findBy('email', customerEmail))
}

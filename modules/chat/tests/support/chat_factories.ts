import { randomUUID } from 'node:crypto'
import type Tenant from '#kernel/tenancy/models/tenant'
import { enableModule, updateModuleSettings } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeShop } from '#modules/storefront/tests/support/storefront_factories'
import Conversation from '#modules/chat/models/conversation'
import { newVisitorToken } from '#modules/chat/conversations/visitor_token'
import type { ChatSettings } from '#modules/chat/settings/chat_settings'

/** A workspace with the storefront and the chat switched on. */
export async function makeChatShop(options: Parameters<typeof makeShop>[0] = {}) {
  const workspace = await makeShop(options)
  await withTenant(workspace.tenant.id, () => enableModule('chat', { actor: null }))
  return workspace
}

export async function configureChat(tenant: Tenant, patch: Partial<ChatSettings>) {
  await withTenant(tenant.id, () => updateModuleSettings('chat', patch, { actor: null }))
}

/** A conversation and the token its customer's device holds. */
export async function makeConversation(
  tenant: Tenant,
  fields: Partial<
    Pick<Conversation, 'mode' | 'status' | 'customerId' | 'channelKind' | 'cartId' | 'visitorName'>
  > = {}
) {
  const { token, hash } = newVisitorToken()
  const conversation = await withTenant(tenant.id, () =>
    Conversation.create({
      channelKind: 'storefront',
      visitorTokenHash: hash,
      visitorName: `Visitor ${randomUUID().slice(0, 4)}`,
      mode: 'bot',
      status: 'open',
      tags: [],
      ...fields,
    })
  )
  return { conversation, token }
}

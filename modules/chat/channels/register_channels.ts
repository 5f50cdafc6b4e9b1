import { shopEmbeds } from '#kernel/contracts/shop_embeds'
import { defineModuleChannel } from '#kernel/realtime/module_channels'
import { mayHearConversation } from '#modules/chat/channels/live_access'
import { chatShopEmbed } from '#modules/chat/channels/shop_embed'

/** The customer channels' wiring: who hears a conversation, and the storefront's launcher. */
export function registerCustomerChannels() {
  defineModuleChannel('chat', mayHearConversation)
  shopEmbeds.register('chat', chatShopEmbed)
}

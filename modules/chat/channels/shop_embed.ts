import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import type { ShopEmbed } from '#kernel/contracts/shop_embeds'
import { widgetChannel } from '#modules/chat/channels/widget_channel'

/**
 * The chat launcher on every storefront page: the widget script (from the
 * application's own address, which a shop's custom domain does not serve)
 * talking to the shop's chat routes with the visitor's session.
 */
export async function chatShopEmbed(ctx: HttpContext): Promise<ShopEmbed | null> {
  // Created when the chat is switched on; a page view never writes.
  const channel = await widgetChannel()
  if (!channel) return null
  return {
    src: new URL('/chat/widget.js', env.get('APP_URL')).href,
    attributes: {
      'data-key': channel.publicKey,
      'data-api': `${ctx.storefrontBasePath}/chat`,
      // The shop's colour, unless the widget has its own.
      'data-color': ctx.tenant!.brandColor,
    },
  }
}

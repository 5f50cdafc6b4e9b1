import type { HttpContext } from '@adonisjs/core/http'

/**
 * A script a module adds to every storefront page (a chat launcher…).
 * Storefront pages are cached for anonymous visitors, so an embed must be
 * the same for every visitor: no per-visitor data in it.
 */
export type ShopEmbed = {
  src: string
  /** `data-*` attributes the script reads. */
  attributes: Record<string, string>
}

type EmbedSource = (ctx: HttpContext) => Promise<ShopEmbed | null>

const sources = new Map<string, EmbedSource>()

export const shopEmbeds = {
  /** `moduleKey`'s embed, shown while the workspace has that module on. */
  register(moduleKey: string, source: EmbedSource) {
    sources.set(moduleKey, source)
  },

  async of(ctx: HttpContext, enabledModules: Set<string>) {
    const embeds: ShopEmbed[] = []
    for (const [moduleKey, source] of sources) {
      if (!enabledModules.has(moduleKey)) continue
      const embed = await source(ctx)
      if (embed) embeds.push(embed)
    }
    return embeds
  },
}

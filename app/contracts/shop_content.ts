/**
 * The shop's content pages (about, shipping and returns, ingredients…) as
 * other modules read them: the sales chat answers from them. Bound by the
 * storefront module; works in the current tenant scope; plain objects.
 */
export interface ShopPageHit {
  slug: string
  title: string
  /** A few plain-text sentences of the page around the words searched. */
  excerpt: string
  /** Path of the page on the storefront, from the shop's root. */
  path: string
}

export abstract class ShopContent {
  /** Published pages about the text, best match first (typos in titles tolerated). */
  abstract searchPages(text: string, limit: number): Promise<ShopPageHit[]>
}

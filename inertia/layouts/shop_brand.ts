export type ShopLink = { label: string; href: string }

/**
 * The shop's brand and frame. Kernel pages (sign-in, register) pass the
 * first three fields; the storefront module's pages pass all of them.
 */
export type ShopBrand = {
  name: string
  brandColor: string
  basePath: string
  logoUrl?: string | null
  menu?: ShopLink[]
  footerLinks?: ShopLink[]
  cartItemCount?: number
  customerName?: string | null
  accountLinks?: ShopLink[]
}

import type { HttpContext } from '@adonisjs/core/http'

/** The signed cookie that links a browser to its cart. */
export const CART_COOKIE = 'cart'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The id of this browser's cart, or null when it has none (or a forged one). */
export function currentCartId(ctx: HttpContext): string | null {
  const value: unknown = ctx.request.cookie(CART_COOKIE)
  return typeof value === 'string' && UUID.test(value) ? value : null
}

/**
 * Each shop keeps its own cookie: under `/s/<slug>` the cookie is scoped to
 * that path, so shops sharing a host do not overwrite each other's cart.
 */
function cookiePath(ctx: HttpContext) {
  return ctx.storefrontBasePath || '/'
}

export function rememberCartId(ctx: HttpContext, cartId: string) {
  ctx.response.cookie(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: 'lax',
    maxAge: '30d',
    path: cookiePath(ctx),
  })
}

export function forgetCartId(ctx: HttpContext) {
  ctx.response.clearCookie(CART_COOKIE, { path: cookiePath(ctx) })
}

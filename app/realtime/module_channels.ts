import type { HttpContext } from '@adonisjs/core/http'

/**
 * Who may hear a module's live channel `tenants/:tenantId/<kind>/:id` (for
 * example a chat conversation). Modules register their rule from their
 * provider; a kind without a rule is refused.
 */
export type ModuleChannelRule = (
  ctx: HttpContext,
  tenantId: string,
  id: string
) => boolean | Promise<boolean>

const rules = new Map<string, ModuleChannelRule>()

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const MODULE_CHANNEL = /^tenants\/[0-9a-f-]{36}\/([a-z_]+)\/[0-9a-f-]{36}$/i
const TOKEN_SUBSCRIPTION_PATHS = new Set(['/__transmit/subscribe', '/__transmit/unsubscribe'])

export function defineModuleChannel(kind: string, rule: ModuleChannelRule) {
  rules.set(kind, rule)
}

export async function mayHearModuleChannel(
  ctx: HttpContext,
  tenantId: string,
  kind: string,
  id: string
) {
  const rule = rules.get(kind)
  if (!rule || !UUID.test(tenantId) || !UUID.test(id)) return false
  return rule(ctx, tenantId, id)
}

/** The `Authorization: Bearer …` token of a request, if any. */
export function bearerToken(ctx: HttpContext) {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(ctx.request.header('authorization') ?? '')
  return match ? match[1] : null
}

/**
 * A subscription to a module channel proven by a bearer token (an embedded
 * widget on another website): it carries no session authority, so it needs
 * no CSRF token. The channel rule then decides on the token alone.
 */
export function isTokenSubscription(ctx: HttpContext) {
  if (!TOKEN_SUBSCRIPTION_PATHS.has(ctx.request.url()) || bearerToken(ctx) === null) return false
  // Only a module's channel: the kernel's (staff, customers) are judged by the session.
  const kind = MODULE_CHANNEL.exec(String(ctx.request.input('channel', '')))?.[1]
  return kind !== undefined && rules.has(kind)
}

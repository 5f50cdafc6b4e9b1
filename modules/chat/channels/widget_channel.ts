import { randomBytes } from 'node:crypto'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Channel, { type WidgetSettings } from '#modules/chat/models/channel'

export const WIDGET_DEFAULTS: WidgetSettings = {
  color: null,
  position: 'bottom-right',
  greeting: null,
  allowedOrigins: [],
}

const UUID_HEX = /^[0-9a-f]{32}$/

/**
 * A widget key names its workspace (so a request from any website finds
 * the tenant without a platform-wide lookup) plus a random part that is
 * checked inside the tenant's scope.
 */
export function newWidgetKey(tenantId: string) {
  return `wk_${tenantId.replaceAll('-', '')}_${randomBytes(12).toString('base64url')}`
}

/** The workspace a widget key claims to belong to, or null for a malformed key. */
export function tenantIdOfWidgetKey(key: string) {
  const match = /^wk_([0-9a-f]{32})_[A-Za-z0-9_-]{16}$/.exec(key)
  if (!match || !UUID_HEX.test(match[1])) return null
  const hex = match[1]
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The workspace's widget channel (its key and looks), if it has one. */
export function widgetChannel() {
  return Channel.query().where('kind', 'widget').orderBy('created_at').first()
}

/** The workspace's widget channel, created on first use. */
export async function ensureWidgetChannel() {
  const existing = await widgetChannel()
  if (existing) return existing
  return Channel.create({
    kind: 'widget',
    name: 'Website widget',
    publicKey: newWidgetKey(requireTenantId()),
    settings: WIDGET_DEFAULTS,
    active: true,
  })
}

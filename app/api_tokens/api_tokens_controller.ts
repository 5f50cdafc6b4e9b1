import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Tenant from '#kernel/tenancy/models/tenant'
import { allApiScopes } from '#kernel/api_tokens/api_scopes'
import { createApiTokenValidator } from '#kernel/api_tokens/api_token_validators'
import { enabledModuleKeys } from '#kernel/modules/module_lifecycle'
import { moduleRegistry } from '#kernel/modules/module_registry'
import { recordAuditEvent, requestAuditContext } from '#kernel/audit/record_audit_event'
import { fieldError } from '#kernel/validation/field_error'

/** More tokens than this in one workspace is a sign of tokens never revoked. */
const MAX_TOKENS = 50

interface TokenRow {
  id: number
  name: string | null
  abilities: string
  created_at: Date
  last_used_at: Date | null
  expires_at: Date | null
  created_by_name: string | null
}

const iso = (value: Date | null) => (value ? DateTime.fromJSDate(value).toISO() : null)

/** Scopes of the workspace's enabled modules, grouped by module. */
async function scopeGroups() {
  const enabled = await enabledModuleKeys()
  const groups = new Map<
    string,
    { module: string; name: string; scopes: { key: string; label: string }[] }
  >()
  for (const scope of allApiScopes()) {
    if (!enabled.has(scope.module)) continue
    const name = moduleRegistry.get(scope.module)?.manifest.name ?? scope.module
    const group = groups.get(scope.module) ?? { module: scope.module, name, scopes: [] }
    group.scopes.push({ key: scope.key, label: scope.label })
    groups.set(scope.module, group)
  }
  return [...groups.values()]
}

async function tokensOf(tenantId: string): Promise<TokenRow[]> {
  return db
    .from('api_tokens')
    .leftJoin('users', 'users.id', 'api_tokens.created_by')
    .where('api_tokens.tokenable_id', tenantId)
    .where('api_tokens.type', 'api_token')
    .orderBy('api_tokens.created_at', 'desc')
    .select(
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.abilities',
      'api_tokens.created_at',
      'api_tokens.last_used_at',
      'api_tokens.expires_at',
      'users.name as created_by_name'
    )
}

/**
 * Workspace settings → API tokens: tokens that let another system use the
 * workspace's REST API (`/api/v1`) with the scopes chosen for it. A token's
 * secret is shown once, right after it is created; only its hash is kept.
 */
export default class ApiTokensController {
  async index({ bouncer, inertia, member, session, tenant }: HttpContext) {
    await bouncer.authorize('can', 'workspace.settings.view')
    const rows = await tokensOf(tenant!.id)
    const now = DateTime.now()
    return inertia.render('workspace/settings/api_tokens', {
      tokens: rows.map((row) => ({
        id: row.id,
        name: row.name ?? 'Unnamed token',
        scopes: JSON.parse(row.abilities) as string[],
        createdAt: iso(row.created_at)!,
        createdBy: row.created_by_name,
        lastUsedAt: iso(row.last_used_at),
        expiresAt: iso(row.expires_at),
        expired: row.expires_at !== null && DateTime.fromJSDate(row.expires_at) <= now,
      })),
      scopeGroups: await scopeGroups(),
      createdToken: (session.flashMessages.get('createdApiToken') ?? null) as {
        name: string
        value: string
      } | null,
      canManage: member!.can('workspace.api_tokens.manage'),
    })
  }

  async store(ctx: HttpContext) {
    const { bouncer, request, response, session, tenant, auth } = ctx
    await bouncer.authorize('can', 'workspace.api_tokens.manage')
    const payload = await request.validateUsing(createApiTokenValidator)
    const groups = await scopeGroups()
    const offered = new Set(groups.flatMap((group) => group.scopes.map((scope) => scope.key)))
    const unknown = payload.scopes.filter((scope) => !offered.has(scope))
    if (unknown.length > 0) {
      throw fieldError('scopes', `Unknown scope: ${unknown.join(', ')}.`)
    }
    const existing = await tokensOf(tenant!.id)
    if (existing.length >= MAX_TOKENS) {
      throw fieldError(
        'name',
        `A workspace can have ${MAX_TOKENS} tokens. Revoke one you no longer use.`
      )
    }
    const token = await Tenant.apiTokens.create(tenant!, payload.scopes, {
      name: payload.name,
      expiresIn: payload.expiresInDays ? `${payload.expiresInDays} days` : undefined,
    })
    const userId = (auth.user as { id: string }).id
    await db.from('api_tokens').where('id', Number(token.identifier)).update({ created_by: userId })
    await recordAuditEvent({
      action: 'api_token.created',
      ...requestAuditContext(ctx),
      subject: { type: 'api_token', id: String(token.identifier), label: payload.name },
      metadata: { scopes: payload.scopes, expiresAt: token.expiresAt?.toISOString() ?? null },
    })
    session.flash('createdApiToken', { name: payload.name, value: token.value!.release() })
    session.flash('success', `Token "${payload.name}" created. Copy it now: it is shown only once.`)
    return response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    const { bouncer, params, response, session, tenant } = ctx
    await bouncer.authorize('can', 'workspace.api_tokens.manage')
    const row = await db
      .from('api_tokens')
      .where('tokenable_id', tenant!.id)
      .where('type', 'api_token')
      .where('id', params.id)
      .firstOrFail()
    await Tenant.apiTokens.delete(tenant!, row.id as number)
    await recordAuditEvent({
      action: 'api_token.revoked',
      ...requestAuditContext(ctx),
      subject: { type: 'api_token', id: String(row.id), label: row.name },
    })
    session.flash('success', `Token "${row.name ?? 'Unnamed token'}" revoked. It no longer works.`)
    return response.redirect().back()
  }
}

import { AccessTokensLucidUserProvider } from '@adonisjs/auth/access_tokens'
import cache from '@adonisjs/cache/services/main'
import type { LucidTokenable } from '@adonisjs/auth/types/access_tokens'
import { afterCommit } from '#kernel/tenancy/tenant_context'

const DATE_COLUMNS = ['created_at', 'updated_at', 'suspended_at', 'custom_domain_verified_at']

const workspaces = () => cache.namespace('api_token_workspaces')

/**
 * Forgets the cached row of a workspace (its name, status… changed), now
 * and again once the change commits.
 */
export async function forgetTokenWorkspace(tenantId: string) {
  await workspaces().delete({ key: tenantId })
  await afterCommit(async () => {
    await workspaces().delete({ key: tenantId })
  })
}

/**
 * The `api` guard's view of workspaces: the workspace a token belongs to,
 * read from the application cache instead of the database on every API
 * request. The Tenant model forgets its entry whenever it is saved or
 * deleted (suspension included), so the guard never works from a stale row
 * for longer than the commit takes.
 */
export class TokenWorkspacesProvider<
  TokensProperty extends string,
  Model extends LucidTokenable<TokensProperty>,
> extends AccessTokensLucidUserProvider<TokensProperty, Model> {
  async findById(identifier: string | number | BigInt) {
    const model = await this.getModel()
    const key = String(identifier)
    const row = await workspaces().getOrSet({
      key,
      ttl: '5m',
      factory: async () => {
        const found = await model.query().where(model.primaryKey, key).pojo().first()
        return (found as Record<string, unknown> | null) ?? null
      },
    })
    if (!row) return null
    // The cache keeps JSON: dates come back as strings.
    const columns = { ...row }
    for (const column of DATE_COLUMNS) {
      if (typeof columns[column] === 'string') columns[column] = new Date(columns[column])
    }
    const workspace = model.$createFromAdapterResult(columns) as InstanceType<Model>
    return this.createUserForGuard(workspace)
  }
}

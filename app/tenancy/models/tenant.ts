import { DateTime } from 'luxon'
import { afterDelete, afterSave, BaseModel, column } from '@adonisjs/lucid/orm'
import { ApiTokensProvider } from '#kernel/api_tokens/api_tokens_provider'
import { forgetTokenWorkspace } from '#kernel/api_tokens/token_workspaces'
import type { AccessToken } from '@adonisjs/auth/access_tokens'

export type TenantStatus = 'active' | 'suspended'
export type Industry = 'beauty' | 'general'

export default class Tenant extends BaseModel {
  static table = 'tenants'

  /**
   * The workspace's API tokens (`Authorization: Bearer wrc_…`), each with
   * its scopes.
   */
  static apiTokens = ApiTokensProvider.forModel(Tenant, {
    table: 'api_tokens',
    type: 'api_token',
    prefix: 'wrc_',
  })

  /** Set by the `api` guard on the workspace an API request is for. */
  declare currentAccessToken?: AccessToken

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare slug: string

  @column()
  declare previousSlugs: string[]

  @column()
  declare name: string

  @column()
  declare industry: Industry

  @column()
  declare country: string

  @column()
  declare currency: string

  @column()
  declare timezone: string

  @column()
  declare locale: string

  @column()
  declare logoPath: string | null

  @column()
  declare brandColor: string

  @column()
  declare status: TenantStatus

  @column()
  declare suspendedReason: string | null

  @column.dateTime()
  declare suspendedAt: DateTime | null

  @column()
  declare customDomain: string | null

  @column({ serializeAs: null })
  declare customDomainToken: string | null

  @column.dateTime()
  declare customDomainVerifiedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  /** The API guard caches workspaces (see token_workspaces.ts). */
  @afterSave()
  @afterDelete()
  static async forgetCachedForApi(tenant: Tenant) {
    await forgetTokenWorkspace(tenant.id)
  }

  get isSuspended() {
    return this.status === 'suspended'
  }
}

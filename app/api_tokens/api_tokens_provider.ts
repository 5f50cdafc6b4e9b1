import { DbAccessTokensProvider, AccessToken } from '@adonisjs/auth/access_tokens'
import type { DbAccessTokensProviderOptions } from '@adonisjs/auth/types/access_tokens'
import type { Secret } from '@adonisjs/core/helpers'
import type { LucidModel } from '@adonisjs/lucid/types/model'
import cache from '@adonisjs/cache/services/main'
import { afterCommit } from '#kernel/tenancy/tenant_context'

/** How often a token's `last_used_at` is written, at most. */
const LAST_USED_PRECISION_MS = 60_000

interface CachedRow {
  id: number
  tokenable_id: string
  type: string
  name: string | null
  hash: string
  abilities: string
  created_at: string
  updated_at: string
  last_used_at: string | null
  expires_at: string | null
}

const date = (value: string | null) => (value === null ? null : new Date(value))
const iso = (value: Date | string | null) =>
  value === null ? null : value instanceof Date ? value.toISOString() : value

/**
 * Workspace API tokens as the access-tokens guard verifies them on every
 * API request, without a database write per request: a token's row is
 * cached (the application cache, so a Redis bus clears every server) and
 * its `last_used_at` is written at most once a minute. Deleting a token
 * through this provider clears its cache entry, again after the commit
 * (a request reading the row meanwhile cannot bring it back).
 */
export class ApiTokensProvider<Model extends LucidModel> extends DbAccessTokensProvider<Model> {
  static forModel<Model extends LucidModel>(
    model: DbAccessTokensProviderOptions<Model>['tokenableModel'],
    options: Omit<DbAccessTokensProviderOptions<Model>, 'tokenableModel'> = {}
  ) {
    return new ApiTokensProvider<Model>({ tokenableModel: model, ...options })
  }

  #touched = new Map<string, number>()

  #cache() {
    return cache.namespace(`access_tokens:${this.table}`)
  }

  async #row(identifier: string): Promise<CachedRow | null> {
    const cached = await this.#cache().getOrSet({
      key: identifier,
      ttl: '10m',
      factory: async () => {
        const db = await this.getDb()
        const row = await db
          .query()
          .from(this.table)
          .where({ id: identifier, type: this.type })
          .first()
        if (!row) return null
        return {
          ...row,
          created_at: iso(row.created_at),
          updated_at: iso(row.updated_at),
          last_used_at: iso(row.last_used_at),
          expires_at: iso(row.expires_at),
        } as CachedRow
      },
    })
    return cached ?? null
  }

  async #forget(identifier: string | number | BigInt) {
    const key = String(identifier)
    await this.#cache().delete({ key })
    await afterCommit(() =>
      this.#cache()
        .delete({ key })
        .then(() => undefined)
    )
  }

  async #touch(row: CachedRow) {
    const key = String(row.id)
    const now = Date.now()
    const last = this.#touched.get(key) ?? (row.last_used_at ? Date.parse(row.last_used_at) : 0)
    if (now - last < LAST_USED_PRECISION_MS) return
    this.#touched.set(key, now)
    const db = await this.getDb()
    await db
      .from(this.table)
      .where({ id: row.id })
      .update({ last_used_at: new Date(now) })
  }

  async verify(tokenValue: Secret<string>) {
    const decoded = AccessToken.decode(this.prefix, tokenValue.release())
    if (!decoded) return null
    const row = await this.#row(decoded.identifier)
    if (!row) return null
    const token = this.dbRowToAccessToken({
      ...row,
      created_at: date(row.created_at)!,
      updated_at: date(row.updated_at)!,
      last_used_at: date(row.last_used_at),
      expires_at: date(row.expires_at),
    })
    if (!token.verify(decoded.secret) || token.isExpired()) return null
    await this.#touch(row)
    return token
  }

  async delete(user: InstanceType<Model>, identifier: string | number | BigInt) {
    const deleted = await super.delete(user, identifier)
    await this.#forget(identifier)
    return deleted
  }

  async deleteAll(user: InstanceType<Model>) {
    const tokens = await this.all(user)
    const deleted = await super.deleteAll(user)
    for (const token of tokens) await this.#forget(token.identifier)
    return deleted
  }

  async invalidate(tokenValue: Secret<string>) {
    const decoded = AccessToken.decode(this.prefix, tokenValue.release())
    const invalidated = await super.invalidate(tokenValue)
    if (decoded) await this.#forget(decoded.identifier)
    return invalidated
  }
}

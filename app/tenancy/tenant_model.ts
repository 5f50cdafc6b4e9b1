import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import { inPlatformScope, requireTenantId } from '#kernel/tenancy/tenant_context'

function scopeToTenant(query: ModelQueryBuilderContract<any>) {
  if (inPlatformScope()) {
    return
  }
  query.where(`${query.model.table}.tenant_id`, requireTenantId())
}

/**
 * Base class of every tenant-owned model. Queries are scoped to the current
 * tenant, `tenantId` is filled on create, and using the model with no tenant
 * context throws instead of running an unscoped query. (Row-level security
 * in the database is the second guard, including for bulk updates and raw
 * queries that bypass these hooks.)
 */
export class TenantModel extends BaseModel {
  @column()
  declare tenantId: string

  /**
   * The hooks are added once, to this class (its column decorator boots it
   * first); every model extending it inherits them when it boots.
   */
  static boot() {
    const alreadyBooted = Object.hasOwn(this, 'booted') && this.booted
    super.boot()
    if (alreadyBooted || this !== TenantModel) {
      return
    }

    this.before('find', scopeToTenant)
    this.before('fetch', scopeToTenant)
    this.before('paginate', ([countQuery, query]) => {
      scopeToTenant(countQuery)
      scopeToTenant(query)
    })
    this.before('create', (row: TenantModel) => {
      if (inPlatformScope() && row.tenantId) {
        return
      }
      const tenantId = requireTenantId()
      if (row.tenantId && row.tenantId !== tenantId) {
        throw new Error('A record cannot be created for another tenant than the current one')
      }
      row.tenantId = tenantId
    })
    this.before('update', () => {
      if (!inPlatformScope()) {
        requireTenantId()
      }
    })
    this.before('delete', () => {
      if (!inPlatformScope()) {
        requireTenantId()
      }
    })
  }
}

import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import { numberColumn } from '#modules/storefront/models/columns'

export default class Counter extends TenantModel {
  static table = 'storefront_counters'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare name: string

  @numberColumn()
  declare value: number
}

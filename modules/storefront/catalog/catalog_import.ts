import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** The driver would send a JavaScript array as a PostgreSQL array, not JSON. */
const asJson = (value: unknown) => JSON.stringify(value)

/**
 * `dry_run` checks every row and stores nothing; `abort` imports only when
 * every row is valid; `skip` imports the valid rows and reports the others.
 */
export const IMPORT_MODES = ['dry_run', 'abort', 'skip'] as const
export type ImportMode = (typeof IMPORT_MODES)[number]

export type ImportStatus = 'queued' | 'checking' | 'importing' | 'completed' | 'failed'

/** One problem of one CSV row; `row` is its line in the file (the header is line 1). */
export interface ImportRowError {
  row: number
  field: string | null
  message: string
}

export default class CatalogImport extends TenantModel {
  static table = 'storefront_catalog_imports'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare userId: string | null

  @column()
  declare fileName: string

  @column()
  declare mode: ImportMode

  @column()
  declare status: ImportStatus

  /** The CSV's data rows, by header name. */
  @column({ serializeAs: null, prepare: asJson })
  declare rows: Record<string, string>[]

  @column()
  declare totalRows: number

  @column()
  declare processedRows: number

  @column()
  declare importedRows: number

  @column({ prepare: asJson })
  declare rowErrors: ImportRowError[]

  @column()
  declare message: string | null

  @column.dateTime()
  declare finishedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  get finished() {
    return this.status === 'completed' || this.status === 'failed'
  }
}

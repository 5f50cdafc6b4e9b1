import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { PLATFORM_ROLE } from '#database/roles'

const MIGRATION_TABLES = ['adonis_schema', 'adonis_schema_versions']

/**
 * Rebuilds the test database from the migrations, so a changed migration
 * never meets a stale schema.
 */
export async function migrateFresh() {
  await db.rawQuery('drop schema if exists public cascade')
  await db.rawQuery('create schema public')
  const ace = await app.container.make('ace')
  const command = await ace.exec('migration:run', ['--compact-output', '--no-schema-generate'])
  if (command.exitCode !== 0) {
    throw command.error ?? new Error('Migrations failed')
  }
}

let tableList: string | undefined

/**
 * Empties every table in one statement, as the platform role (the
 * application's own role may not truncate append-only tables). A
 * transaction left open by a test would block TRUNCATE forever: the lock
 * timeout turns that into an error.
 */
export async function truncateAll() {
  if (tableList === undefined) {
    const { rows } = await db.rawQuery<{ rows: { tablename: string }[] }>(
      `select tablename from pg_tables where schemaname = 'public' and tablename <> all(?)`,
      [MIGRATION_TABLES]
    )
    tableList = rows.map((row) => `"${row.tablename}"`).join(', ')
  }
  if (!tableList) {
    return
  }
  await db.transaction(async (trx) => {
    await trx.rawQuery(`set local lock_timeout = '5s'`)
    await trx.rawQuery(`set local role ${PLATFORM_ROLE}`)
    await trx.rawQuery(`truncate ${tableList} cascade`)
  })
}

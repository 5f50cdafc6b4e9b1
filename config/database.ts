import { existsSync, readdirSync } from 'node:fs'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'

/**
 * Lucid takes migration folders, not globs: the kernel's folder first, then
 * `modules/<key>/database/migrations` of every module that has one.
 */
function migrationFolders() {
  const modulesRoot = app.makePath('modules')
  const moduleFolders = existsSync(modulesRoot)
    ? readdirSync(modulesRoot, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `modules/${entry.name}/database/migrations`)
        .filter((folder) => existsSync(app.makePath(folder)))
        .sort()
    : []
  return ['database/migrations', ...moduleFolders]
}

function seederFolders() {
  return migrationFolders().map((folder) => folder.replace(/migrations$/, 'seeders'))
}

export const databaseConnection = env.get('DATABASE_URL')
  ? { connectionString: env.get('DATABASE_URL') }
  : {
      host: env.get('DB_HOST', '127.0.0.1'),
      port: env.get('DB_PORT', 5432),
      user: env.get('DB_USER', 'postgres'),
      password: env.get('DB_PASSWORD'),
      database: env.get('DB_DATABASE', 'wrencos'),
    }

const dbConfig = defineConfig({
  connection: 'postgres',
  prettyPrintDebugQueries: true,
  connections: {
    postgres: {
      client: 'pg',
      connection: databaseConnection,
      pool: { min: 0, max: env.get('DB_POOL_MAX', 10) },
      migrations: {
        naturalSort: true,
        paths: migrationFolders(),
      },
      seeders: {
        paths: seederFolders().filter((folder) => existsSync(app.makePath(folder))),
      },
      schemaGeneration: { enabled: false },
    },
  },
})

export default dbConfig

import { existsSync, readFileSync, readdirSync } from 'node:fs'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'

function moduleKeys() {
  const modulesRoot = app.makePath('modules')
  return existsSync(modulesRoot)
    ? readdirSync(modulesRoot, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : []
}

/**
 * Lucid takes migration folders, not globs: the kernel's folder first, then
 * `modules/<key>/database/migrations` of every module that has one.
 */
function migrationFolders() {
  const moduleFolders = moduleKeys()
    .map((key) => `modules/${key}/database/migrations`)
    .filter((folder) => existsSync(app.makePath(folder)))
  return ['database/migrations', ...moduleFolders]
}

/** The keys a module lists in its manifest's `dependsOn`. */
function dependenciesOf(key: string) {
  const manifest = app.makePath(`modules/${key}/module.ts`)
  if (!existsSync(manifest)) return []
  const list = /dependsOn:\s*\[([^\]]*)\]/.exec(readFileSync(manifest, 'utf8'))?.[1] ?? ''
  return [...list.matchAll(/'([^']+)'/g)].map((match) => match[1])
}

/**
 * The kernel's seeders first, then each module's after those of the
 * modules it depends on (a module's demo data builds on theirs).
 */
function seederFolders() {
  const keys = moduleKeys()
  const ordered: string[] = []
  const visit = (key: string, path: string[]) => {
    if (ordered.includes(key) || path.includes(key) || !keys.includes(key)) return
    dependenciesOf(key).forEach((dependency) => visit(dependency, [...path, key]))
    ordered.push(key)
  }
  keys.forEach((key) => visit(key, []))
  return ['database/seeders', ...ordered.map((key) => `modules/${key}/database/seeders`)]
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

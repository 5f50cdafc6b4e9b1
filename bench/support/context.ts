import { existsSync } from 'node:fs'
import { prepareLocalDatabase, type LocalDatabase } from '../../database/local_server.js'
import { APP_ROOT, runCommand } from './processes.js'

export interface BenchContext {
  appRoot: string
  database: LocalDatabase
  /** Environment for the built application (database, key). */
  appEnv: Record<string, string>
}

const BENCH_APP_KEY = 'bench-only-key-not-used-anywhere-else-0001'

/**
 * Builds the application (unless BENCH_SKIP_BUILD=1 and a build exists),
 * prepares the benchmark database and migrates it with the production
 * command.
 */
export async function createContext(): Promise<BenchContext> {
  if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(`${APP_ROOT}build/bin/server.js`)) {
    await runCommand('npm', ['run', 'build'])
  }
  const database = await prepareLocalDatabase({
    appRoot: APP_ROOT,
    purpose: 'bench',
    log: (line) => console.log(line),
  })
  const appEnv = { DATABASE_URL: database.url, APP_KEY: BENCH_APP_KEY, DB_POOL_MAX: '16' }
  await runCommand(
    process.execPath,
    ['build/ace.js', 'migration:run', '--force', '--compact-output'],
    {
      ...appEnv,
      NODE_ENV: 'production',
    }
  )
  return { appRoot: APP_ROOT, database, appEnv }
}

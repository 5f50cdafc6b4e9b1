import { fork, spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface RunningProcess {
  url: string
  stop(): Promise<void>
}

export function stopChild(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) {
      return resolve()
    }
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

export async function waitFor(url: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) {
      throw new Error(`The process serving ${url} exited with ${child.exitCode}`)
    }
    try {
      const response = await fetch(url)
      if (response.status < 500) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Nothing answered at ${url}`)
}

/**
 * Starts the production build (build/bin/server.js) with NODE_ENV=production.
 */
export async function startBuiltApp(options: {
  port: number
  env: Record<string, string>
}): Promise<RunningProcess> {
  const child = spawn(process.execPath, ['build/bin/server.js'], {
    cwd: APP_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const url = `http://127.0.0.1:${options.port}`
  await waitFor(`${url}/health/live`, child)
  return { url, stop: () => stopChild(child) }
}

export async function startBareServer(options: {
  port: number
  body: Buffer
  headers: Record<string, string>
}): Promise<RunningProcess> {
  const child = fork(fileURLToPath(new URL('./bare_server.ts', import.meta.url)), [], {
    env: {
      ...process.env,
      BARE_PORT: String(options.port),
      BARE_BODY_BASE64: options.body.toString('base64'),
      BARE_HEADERS: JSON.stringify(options.headers),
    },
    execArgv: ['--import=@poppinss/ts-exec'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${options.port}`, stop: () => stopChild(child) }
}

export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: APP_ROOT,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))
    )
  })
}

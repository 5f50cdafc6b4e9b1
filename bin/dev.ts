/*
| `npm run dev` (see dev_supervisor.ts for what it starts).
|
| Ctrl+C signals the terminal's whole foreground process group, the embedded
| PostgreSQL included, which would then stop before the app that uses it.
| The supervisor therefore runs in a process group of its own and gets the
| signal from here, so it stops the server, the worker and then the database,
| in that order.
*/
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const supervisor = spawn(
  process.execPath,
  [
    ...process.execArgv,
    fileURLToPath(new URL('./dev_supervisor.ts', import.meta.url)),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', detached: true }
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => supervisor.kill(signal))
}
supervisor.on('exit', (code) => process.exit(code ?? 1))

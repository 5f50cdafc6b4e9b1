/*
| JavaScript entry point for ace commands: registers the TypeScript loader
| in development, then hands over to bin/console.ts. The build rewrites
| this file without the loader.
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')

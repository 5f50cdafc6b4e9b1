import { defineConfig } from '@adonisjs/static'

const staticServerConfig = defineConfig({
  enabled: true,
  etag: true,
  lastModified: true,
  dotFiles: 'ignore',
  // Built scripts are public; the chat widget imports its modules from any website.
  headers: (path) => (path.includes('/assets/') ? { 'Access-Control-Allow-Origin': '*' } : {}),
})

export default staticServerConfig

import { defineConfig } from '@adonisjs/cors'

/**
 * Cross-origin requests are refused everywhere by default. Routes that must
 * answer other origins (the embeddable chat widget, the public API) opt in
 * on their own.
 */
const corsConfig = defineConfig({
  enabled: false,
  origin: [],
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  headers: true,
  exposeHeaders: [],
  credentials: false,
  maxAge: 90,
})

export default corsConfig

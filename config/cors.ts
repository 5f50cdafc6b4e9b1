import { defineConfig } from '@adonisjs/cors'

/**
 * Paths other websites may call: the embeddable chat widget (its script,
 * its token-authenticated routes and its live events), and in development
 * the widget's modules, which Vite serves (built, they are static files;
 * see config/static.ts). Without credentials, so nothing a cookie
 * authenticates becomes readable by another origin. Everything else
 * refuses cross-origin requests.
 */
const CROSS_ORIGIN_PREFIXES = [
  '/chat/widget.js',
  '/chat/w/',
  '/__transmit/',
  '/modules/chat/ui/widget/',
  '/node_modules/.vite/deps/',
]

const corsConfig = defineConfig({
  enabled: (ctx) => {
    const path = ctx.request.url()
    return CROSS_ORIGIN_PREFIXES.some((prefix) => path.startsWith(prefix))
  },
  origin: '*',
  methods: ['GET', 'HEAD', 'POST'],
  headers: true,
  exposeHeaders: ['Retry-After'],
  credentials: false,
  maxAge: 600,
})

export default corsConfig

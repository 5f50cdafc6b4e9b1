import { defineConfig } from '@adonisjs/shield'
import { isTokenSubscription } from '#kernel/realtime/module_channels'

const shieldConfig = defineConfig({
  csp: {
    enabled: false,
    directives: {},
    reportOnly: false,
  },
  csrf: {
    enabled: true,
    // Only live subscriptions authorized by a bearer token, never by the session.
    exceptRoutes: (ctx) => isTokenSubscription(ctx),
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
  xFrame: { enabled: true, action: 'DENY' },
  hsts: { enabled: true, maxAge: '180 days' },
  contentTypeSniffing: { enabled: true },
})

export default shieldConfig

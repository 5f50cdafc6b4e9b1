import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'

export const appKey = env.get('APP_KEY')

export const appUrl = env.get('APP_URL', `http://localhost:${env.get('PORT', 3333)}`)

export const http = defineConfig({
  generateRequestId: true,
  // Forms submitted before the page's scripts load send PUT/DELETE as
  // POST with ?_method= (see inertia/components/app_form.tsx).
  allowMethodSpoofing: true,
  useAsyncLocalStorage: false,
  trustProxy: env.get('TRUST_PROXY') ? () => true : () => false,
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})

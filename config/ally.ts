import env from '#start/env'
import { defineConfig, services } from '@adonisjs/ally'
import { appUrl } from '#config/app'

/**
 * "Sign in with Google" is offered only when GOOGLE_CLIENT_ID and
 * GOOGLE_CLIENT_SECRET are set (see googleSignInEnabled).
 */
const allyConfig = defineConfig({
  google: services.google({
    clientId: env.get('GOOGLE_CLIENT_ID', ''),
    clientSecret: env.get('GOOGLE_CLIENT_SECRET', ''),
    callbackUrl: `${appUrl}/auth/google/callback`,
    scopes: ['openid', 'email', 'profile'],
  }),
})

export default allyConfig

export function googleSignInEnabled() {
  return Boolean(env.get('GOOGLE_CLIENT_ID') && env.get('GOOGLE_CLIENT_SECRET'))
}

declare module '@adonisjs/ally/types' {
  interface SocialProviders extends InferSocialProviders<typeof allyConfig> {}
}

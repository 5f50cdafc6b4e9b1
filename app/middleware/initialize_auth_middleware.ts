import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticator } from '@adonisjs/auth'
import type { Authenticators, GuardFactory } from '@adonisjs/auth/types'

/**
 * Gives every request its authenticator (`ctx.auth`). Unlike the
 * package's own initializer, it does not share it with edge templates:
 * touching `ctx.view` builds an edge renderer, which lists the component
 * folders on disk, on every request, API calls included. No template
 * reads `auth` (pages get the user through Inertia's shared props).
 */
export default class InitializeAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const manager = await ctx.containerResolver.make('auth.manager')
    ctx.auth = manager.createAuthenticator(ctx)
    return next()
  }
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    auth: Authenticator<
      Authenticators extends Record<string, GuardFactory> ? Authenticators : never
    >
  }
}

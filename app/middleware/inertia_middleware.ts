import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import type User from '#kernel/identity/models/user'
import { workspaceShell } from '#kernel/tenancy/workspace_shell'
import { isPageCacheFill } from '#kernel/tenancy/storefront_page_cache'
import { shopPageEmbeds } from '#kernel/tenancy/shop_shell'

export default class InertiaMiddleware extends BaseInertiaMiddleware {
  /**
   * Props every page receives. Some pages (404s) render before the session
   * or auth middleware ran, so nothing here may assume a hydrated context.
   */
  async share(ctx: HttpContext) {
    const { session, auth } = ctx as Partial<HttpContext>
    const user = auth?.use('web').user as User | undefined
    return {
      errors: ctx.inertia.always(this.getValidationErrors(ctx)),
      flash: ctx.inertia.always({
        success: session?.flashMessages.get('success') as string | undefined,
        error: session?.flashMessages.get('error') as string | undefined,
        /** Where to raise the plan limit the error is about. */
        upgradeUrl: session?.flashMessages.get('upgradeUrl') as string | undefined,
      }),
      user: ctx.inertia.always(
        user
          ? {
              id: user.id,
              name: user.name,
              email: user.email,
              verified: user.isVerified,
              operator: user.isOperator,
            }
          : null
      ),
      shell: ctx.inertia.always(ctx.member ? await workspaceShell(ctx) : null),
      /** Scripts modules add to storefront pages (the same for every visitor). */
      shopEmbeds: ctx.inertia.always(await shopPageEmbeds(ctx)),
      /** An operator acting as the signed-in user (the banner of every back-office page). */
      impersonation: ctx.inertia.always(ctx.impersonation ?? null),
      /** For forms that must also work before the page's scripts load. */
      csrfToken: ctx.inertia.always(
        isPageCacheFill(ctx) ? null : ((ctx.request as { csrfToken?: string }).csrfToken ?? null)
      ),
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}

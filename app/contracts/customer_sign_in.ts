import type { HttpContext } from '@adonisjs/core/http'

export type CustomerSignInHandler = (ctx: HttpContext, customerId: string) => Promise<void>

const handlers: CustomerSignInHandler[] = []

/**
 * What happens when a customer signs in on a storefront, beyond the
 * session itself (the storefront module merges the guest cart into the
 * customer's). Modules register handlers in their provider; the kernel's
 * customer login and registration run them in the request's tenant scope.
 */
export const customerSignIn = {
  register(handler: CustomerSignInHandler) {
    handlers.push(handler)
  },

  async signedIn(ctx: HttpContext, customerId: string) {
    for (const handler of handlers) {
      await handler(ctx, customerId)
    }
  },
}

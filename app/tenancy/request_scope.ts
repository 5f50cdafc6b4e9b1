import type { HttpContext } from '@adonisjs/core/http'
import { runInScope } from '#kernel/tenancy/with_tenant'
import type { DatabaseScope } from '#kernel/tenancy/tenant_context'

/**
 * Requests whose handling raised an error. The exception handler turns
 * errors into responses before they reach the middleware that opened the
 * request's transaction, so it marks the request here instead.
 */
const failedRequests = new WeakSet<HttpContext>()

export function markRequestFailed(ctx: HttpContext) {
  failedRequests.add(ctx)
}

/**
 * Runs the rest of the request in a database scope (one transaction, with
 * `app.tenant_id` set). Whatever the request wrote is rolled back when it
 * failed: an error was raised or the response is a 4xx/5xx.
 */
export function runRequestInScope<T>(
  ctx: HttpContext,
  scope: Omit<DatabaseScope, 'trx'>,
  fn: () => Promise<T>
) {
  return runInScope(scope, fn, () => failedRequests.has(ctx) || ctx.response.getStatus() >= 400)
}

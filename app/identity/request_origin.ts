import type { HttpContext } from '@adonisjs/core/http'
import type { RequestOrigin } from '#kernel/identity/actions/record_account_event'

export function requestOrigin(ctx: HttpContext): RequestOrigin {
  return { ip: ctx.request.ip(), userAgent: ctx.request.header('user-agent') ?? null }
}

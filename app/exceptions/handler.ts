import app from '@adonisjs/core/services/app'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { errors as bouncerErrors } from '@adonisjs/bouncer'
import { databaseErrorToHttp } from '#exceptions/database_errors'
import { markRequestFailed } from '#kernel/tenancy/request_scope'
import { humanDuration } from '#kernel/identity/rate_limits'

export default class HttpExceptionHandler extends ExceptionHandler {
  /**
   * The pretty error page (with stack traces) is for development only.
   */
  protected debug = app.inDev

  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '403': (_, { inertia }) => inertia.render('errors/forbidden', {}),
    '404': (_, { inertia }) => inertia.render('errors/not_found', {}),
    ...(app.inDev
      ? {}
      : { '500..599': (_, { inertia }) => inertia.render('errors/server_error', {}) }),
  } as Record<StatusPageRange, StatusPageRenderer>

  async handle(error: unknown, ctx: HttpContext) {
    markRequestFailed(ctx)
    if (ctx.request.url().startsWith('/api/')) {
      return this.renderApiError(error, ctx)
    }
    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      return this.renderThrottled(error, ctx)
    }
    if (error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE) {
      return this.renderForbidden(error, ctx)
    }
    return super.handle(databaseErrorToHttp(error) ?? error, ctx)
  }

  /**
   * The REST API answers every error in one JSON shape, whatever the client
   * accepts: `{ errors: [{ message, field?, rule? }] }`. A missing record
   * and a module the workspace does not have look alike (404).
   */
  protected async renderApiError(error: unknown, ctx: HttpContext) {
    const httpError = this.toHttpError(databaseErrorToHttp(error) ?? error) as any
    if (httpError.code === 'E_VALIDATION_ERROR' && 'messages' in httpError) {
      return ctx.response.status(422).send({ errors: httpError.messages })
    }
    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      const seconds = Math.max(1, Math.ceil(error.response.availableIn))
      ctx.response.header('Retry-After', String(seconds))
      const message = `Too many requests. Try again in ${humanDuration(seconds)}.`
      return ctx.response.status(429).send({ errors: [{ message }] })
    }
    const status: number = httpError.status ?? 500
    const messages: Record<number, string> = {
      401: 'A valid API token is required: send it as "Authorization: Bearer <token>".',
      404: 'Not found.',
    }
    if (status >= 500) {
      return ctx.response.status(status).send({
        errors: [{ message: 'Something went wrong on our side.' }],
        requestId: ctx.request.id(),
      })
    }
    const message = messages[status] ?? httpError.message
    return ctx.response.status(status).send({ errors: [{ message }] })
  }

  /**
   * Too many attempts: a clear message and Retry-After. Forms go back to
   * the page with the message; API clients get a 429.
   */
  protected renderThrottled(
    error: InstanceType<typeof limiterErrors.E_TOO_MANY_REQUESTS>,
    ctx: HttpContext
  ) {
    const seconds = Math.max(1, Math.ceil(error.response.availableIn))
    const message = `Too many attempts. Try again in ${humanDuration(seconds)}.`
    ctx.response.header('Retry-After', String(seconds))
    const wantsJson =
      ctx.request.accepts(['html', 'json']) === 'json' && !ctx.request.header('x-inertia')
    if (wantsJson || ctx.request.method() === 'GET' || !ctx.session) {
      return ctx.response.status(429).send(wantsJson ? { message } : message)
    }
    ctx.session.flashExcept(['password', 'password_confirmation', 'current_password'])
    ctx.session.flash('error', message)
    return ctx.response.redirect().back()
  }

  /**
   * Not allowed: forms go back with a clear message, pages show the 403
   * page, API clients get JSON.
   */
  protected async renderForbidden(
    error: InstanceType<typeof bouncerErrors.E_AUTHORIZATION_FAILURE>,
    ctx: HttpContext
  ) {
    const status = error.response.status ?? error.status
    const accepts = ctx.request.accepts(['html', 'json'])
    if (accepts === 'json' && !ctx.request.header('x-inertia')) {
      return ctx.response.status(status).send({ message: error.response.message ?? error.message })
    }
    const message =
      error.response.message && error.response.message !== 'Access denied'
        ? error.response.message
        : 'You do not have permission to do that. Ask an owner or admin of the workspace.'
    if (ctx.request.method() !== 'GET' && ctx.session) {
      ctx.session.flashExcept(['password', 'password_confirmation', 'current_password'])
      ctx.session.flash('error', message)
      return ctx.response.redirect().back()
    }
    ctx.response.status(status)
    return status === 404
      ? ctx.inertia.render('errors/not_found', {})
      : ctx.inertia.render('errors/forbidden', {})
  }

  /**
   * Outside development, a 5xx never shows its internal message to the
   * client; the request id lets support find it in the logs.
   */
  async renderErrorAsJSON(error: any, ctx: HttpContext) {
    if (error.status >= 500 && !this.isDebuggingEnabled(ctx)) {
      ctx.response
        .status(error.status)
        .send({ message: 'Something went wrong on our side.', requestId: ctx.request.id() })
      return
    }
    return super.renderErrorAsJSON(error, ctx)
  }
}

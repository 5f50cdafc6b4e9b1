import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'

/**
 * Serves files from public/, except for REST API paths: nothing under
 * /api/ is a file, and looking for one costs a file-system lookup on every
 * API request.
 */
@inject()
export default class StaticFilesMiddleware {
  constructor(private files: StaticMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    if (ctx.request.url().startsWith('/api/')) {
      return next()
    }
    return this.files.handle(ctx, next)
  }
}

import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'

/** Paths of the application itself: never a file of public/. */
const APPLICATION_PATHS = ['/api/', '/app/', '/s/']

/**
 * Serves files from public/, except on the application's own paths (the
 * REST API, the back office, storefronts): looking for a file there costs a
 * file-system lookup on every request and never finds one.
 */
@inject()
export default class StaticFilesMiddleware {
  constructor(private files: StaticMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    const url = ctx.request.url()
    if (APPLICATION_PATHS.some((prefix) => url.startsWith(prefix))) {
      return next()
    }
    return this.files.handle(ctx, next)
  }
}

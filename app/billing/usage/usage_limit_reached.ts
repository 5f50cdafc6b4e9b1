import type { HttpContext } from '@adonisjs/core/http'
import { ActionRefused } from '#exceptions/action_refused'
import type { UsageMetric } from '#kernel/contracts/usage_meter'

/**
 * A plan limit stops an action: 402 with the reason and where to upgrade.
 * Forms go back with the message (and the upgrade link flashed as
 * `upgradeUrl`); JSON clients get `{ message, upgradeUrl }`. Nothing the
 * request did is kept.
 */
export class UsageLimitReached extends ActionRefused {
  static status = 402
  static code = 'E_USAGE_LIMIT_REACHED'

  constructor(
    message: string,
    readonly metric: UsageMetric,
    readonly limit: number,
    readonly upgradeUrl: string
  ) {
    super(message)
  }

  async handle(error: this, ctx: HttpContext) {
    const wantsJson =
      ctx.request.accepts(['html', 'json']) === 'json' && !ctx.request.header('x-inertia')
    if (wantsJson || !ctx.session || ctx.request.method() === 'GET') {
      return ctx.response.status(error.status).send({
        message: error.message,
        metric: error.metric,
        limit: error.limit,
        upgradeUrl: error.upgradeUrl,
      })
    }
    ctx.session.flash('error', error.message)
    ctx.session.flash('upgradeUrl', error.upgradeUrl)
    return ctx.response.redirect().back()
  }
}

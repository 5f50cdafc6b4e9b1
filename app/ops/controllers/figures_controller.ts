import type { HttpContext } from '@adonisjs/core/http'
import { figuresOverTime } from '#kernel/ops/figures/platform_figures'

const DAYS = 90

/** MRR and subscriptions by state, today and over the last 90 days. */
export default class FiguresController {
  async show({ inertia }: HttpContext) {
    const { today, history } = await figuresOverTime(DAYS)
    return inertia.render('ops/figures', { today, history, days: DAYS })
  }
}

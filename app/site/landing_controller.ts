import type { HttpContext } from '@adonisjs/core/http'
import { publicPlans } from '#kernel/billing/plans/plan_service'
import { moduleRegistry } from '#kernel/modules/module_registry'
import type Plan from '#kernel/billing/models/plan'

/**
 * The limits the pricing section lists, in this order, each with the
 * module it matters for (shown only when the plan includes that module
 * and the platform has it). A plan without a limit has it unlimited.
 */
const LIMIT_LABELS = [
  ['products', 'products', 'storefront'],
  ['staff_seats', 'staff seats', null],
  ['ai_messages', 'AI messages a month', 'chat'],
  ['emails', 'emails a month', null],
  ['stream_minutes', 'hours of live streaming a month', 'livestream'],
  ['storage_mb', 'storage', null],
] as const

function limitLine(plan: Plan, metric: (typeof LIMIT_LABELS)[number][0], label: string) {
  const limit = plan.limitFor(metric)
  if (metric === 'storage_mb') {
    if (limit === null) return 'Unlimited storage'
    return limit >= 1024 && limit % 1024 === 0
      ? `${(limit / 1024).toLocaleString('en')} GB storage`
      : `${limit.toLocaleString('en')} MB storage`
  }
  if (limit === null) return `Unlimited ${label}`
  const amount = metric === 'stream_minutes' ? limit / 60 : limit
  return `${amount.toLocaleString('en')} ${label}`
}

export default class LandingController {
  async show({ inertia }: HttpContext) {
    const plans = await publicPlans()
    return inertia.render('site/landing', {
      plans: plans.map((plan) => ({
        key: plan.key,
        name: plan.name,
        description: plan.description,
        currency: plan.currency,
        monthlyPriceMinor: plan.monthlyPriceMinor,
        yearlyPriceMinor: plan.yearlyPriceMinor,
        trialDays: plan.trialDays,
        isDefault: plan.isDefault,
        // Only modules this platform has installed are advertised.
        modules: moduleRegistry
          .all()
          .filter(({ manifest }) => plan.includesModule(manifest.key))
          .map(({ manifest }) => manifest.name),
        limits: LIMIT_LABELS.filter(
          ([, , module]) =>
            module === null || (moduleRegistry.has(module) && plan.includesModule(module))
        ).map(([metric, label]) => limitLine(plan, metric, label)),
      })),
    })
  }
}

import Plan from '#kernel/billing/models/plan'
import { createPlan } from '#kernel/billing/plans/plan_service'
import type { PlanFormData } from '#kernel/billing/plans/plan_validator'

/**
 * The three plans a new platform starts with; operators change them in
 * the console. Modules are listed by key, including modules not installed
 * yet: a plan includes them from the day they ship.
 */
export const STANDARD_PLANS = [
  {
    key: 'starter',
    name: 'Starter',
    description: 'Your branded storefront, for a shop that is just getting started.',
    currency: 'EUR',
    monthly_price: 29,
    yearly_price: 290,
    trial_days: 14,
    modules: ['storefront'],
    limits: {
      products: 100,
      staff_seats: 2,
      ai_messages: 500,
      emails: 2_000,
      stream_hours: null,
      storage_mb: 1_024,
    },
    is_public: true,
    is_default: false,
    sort_order: 10,
  },
  {
    key: 'growth',
    name: 'Growth',
    description: 'Storefront, AI sales chat, email marketing and analytics for a growing team.',
    currency: 'EUR',
    monthly_price: 79,
    yearly_price: 790,
    trial_days: 14,
    modules: ['storefront', 'chat', 'marketing', 'analytics'],
    limits: {
      products: 1_000,
      staff_seats: 5,
      ai_messages: 5_000,
      emails: 20_000,
      stream_hours: null,
      storage_mb: 10_240,
    },
    is_public: true,
    is_default: true,
    sort_order: 20,
  },
  {
    key: 'scale',
    name: 'Scale',
    description: 'Every module, live shopping included, for brands selling at volume.',
    currency: 'EUR',
    monthly_price: 199,
    yearly_price: 1_990,
    trial_days: 14,
    modules: ['storefront', 'livestream', 'chat', 'marketing', 'finance', 'hr', 'analytics'],
    limits: {
      products: null,
      staff_seats: 25,
      ai_messages: 50_000,
      emails: 200_000,
      stream_hours: 100,
      storage_mb: 102_400,
    },
    is_public: true,
    is_default: false,
    sort_order: 30,
  },
] satisfies PlanFormData[]

export type StandardPlanKey = (typeof STANDARD_PLANS)[number]['key']

/**
 * Creates the standard plans that do not exist yet (by key); plans that
 * exist are left as operators made them. Returns every standard plan.
 */
export async function seedStandardPlans() {
  const plans: Record<string, Plan> = {}
  for (const data of STANDARD_PLANS) {
    plans[data.key] = (await Plan.findBy('key', data.key)) ?? (await createPlan(data))
  }
  return plans as Record<StandardPlanKey, Plan>
}

import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import AuditEvent from '#kernel/audit/audit_event'
import Subscription from '#kernel/billing/models/subscription'
import TenantModule from '#kernel/modules/tenant_module'
import { moduleRegistry } from '#kernel/modules/module_registry'
import { UsageMeter, type UsageMetric, type UsageState } from '#kernel/contracts/usage_meter'
import { withPlatform, withTenant } from '#kernel/tenancy/with_tenant'
import Impersonation from '#kernel/ops/models/impersonation'
import { findTenantRow } from '#kernel/ops/queries/list_tenants'

export const LIST_USAGE_METRICS: UsageMetric[] = ['products', 'staff_seats', 'ai_messages']

export const ALL_USAGE_METRICS: UsageMetric[] = [
  'products',
  'staff_seats',
  'ai_messages',
  'emails',
  'stream_minutes',
  'storage_mb',
]

/**
 * A workspace's usage against its plan, read through the usage meter in
 * the workspace's own scope (the meter knows the current billing period).
 */
export async function tenantUsage(tenantId: string, metrics: UsageMetric[]) {
  const meter = await app.container.make(UsageMeter)
  return withTenant(tenantId, async () => {
    const states: UsageState[] = []
    for (const metric of metrics) {
      states.push(await meter.usage(metric))
    }
    return states
  })
}

/**
 * Everything the operator console shows about one workspace: its row,
 * members with roles, modules, subscription, recent audit events and the
 * impersonations of its users. Null when it does not exist.
 */
export function tenantOverview(tenantId: string) {
  return withPlatform(`ops: workspace detail ${tenantId}`, async () => {
    const row = await findTenantRow(tenantId)
    if (!row) {
      return null
    }
    const members = await db
      .from('memberships')
      .join('users', 'users.id', 'memberships.user_id')
      .where('memberships.tenant_id', tenantId)
      .orderBy('memberships.created_at')
      .select(
        'users.id',
        'users.name',
        'users.email',
        'users.platform_role',
        'users.disabled_at',
        'memberships.role',
        'memberships.created_at'
      )
    const moduleRows = await TenantModule.query().where('tenant_id', tenantId)
    const subscription = await Subscription.query()
      .where('tenant_id', tenantId)
      .preload('plan')
      .first()
    const events = await AuditEvent.query()
      .where('tenant_id', tenantId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(25)
    const impersonations = await Impersonation.query()
      .where('target_tenant_id', tenantId)
      .orderBy('started_at', 'desc')
      .limit(10)
    const people = await db
      .from('users')
      .whereIn(
        'id',
        impersonations.flatMap((item) => [item.operatorUserId, item.userId])
      )
      .select('id', 'email')
    const emailOf = (id: string) => people.find((person) => person.id === id)?.email ?? id

    return {
      row,
      members: members.map((member) => ({
        id: member.id as string,
        name: member.name as string,
        email: member.email as string,
        role: member.role as string,
        operator: member.platform_role === 'operator',
        disabled: member.disabled_at !== null,
        joinedAt: new Date(member.created_at).toISOString(),
      })),
      modules: moduleRegistry.all().map((loaded) => {
        const state = moduleRows.find((module) => module.moduleKey === loaded.manifest.key)
        return {
          key: loaded.manifest.key,
          name: loaded.manifest.name,
          status: state?.status ?? 'never enabled',
          inPlan: subscription?.plan ? subscription.plan.includesModule(loaded.manifest.key) : null,
        }
      }),
      subscription: subscription
        ? {
            planName: subscription.plan?.name ?? null,
            interval: subscription.interval,
            status: subscription.status,
            trialEndsAt: subscription.trialEndsAt?.toISO() ?? null,
            currentPeriodStart: subscription.currentPeriodStart.toISO()!,
            currentPeriodEnd: subscription.currentPeriodEnd.toISO()!,
            cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
            pastDueSince: subscription.pastDueSince?.toISO() ?? null,
            restrictedAt: subscription.restrictedAt?.toISO() ?? null,
            stripeCustomerId: subscription.stripeCustomerId,
            stripeSubscriptionId: subscription.stripeSubscriptionId,
          }
        : null,
      events: events.map((event) => ({
        id: event.id,
        action: event.action,
        actor: event.actorLabel,
        impersonator: event.impersonatorUserId ? (event.impersonatorLabel ?? 'an operator') : null,
        subject: event.subjectLabel ?? event.subjectId,
        details:
          Object.keys(event.metadata ?? {}).length > 0 ? JSON.stringify(event.metadata) : null,
        createdAt: event.createdAt.toISO()!,
      })),
      impersonations: impersonations.map((item) => ({
        id: item.id,
        operator: emailOf(item.operatorUserId),
        user: emailOf(item.userId),
        reason: item.reason,
        startedAt: item.startedAt.toISO()!,
        endedAt: item.endedAt?.toISO() ?? null,
        endReason: item.endReason,
      })),
    }
  })
}

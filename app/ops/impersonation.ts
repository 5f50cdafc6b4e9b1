import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import { DateTime } from 'luxon'
import User from '#kernel/identity/models/user'
import Tenant from '#kernel/tenancy/models/tenant'
import Membership from '#kernel/identity/models/membership'
import { recordAuditEvent } from '#kernel/audit/record_audit_event'
import { withPlatform, withTenant } from '#kernel/tenancy/with_tenant'
import {
  currentTrackedSessionId,
  endTrackedSession,
  resumeTrackedSession,
  startTrackedSession,
} from '#kernel/identity/session_tracker'
import { ActionRefused } from '#exceptions/action_refused'
import Impersonation, { type ImpersonationEndReason } from '#kernel/ops/models/impersonation'

export const IMPERSONATION_MINUTES = 15

const SESSION_KEY = 'ops_impersonation'

/** What the browser's session remembers while an operator acts as a user. */
interface ImpersonationState {
  id: string
  operatorUserId: string
  /** The operator's own tracked session, resumed when the impersonation ends. */
  operatorSessionId: string | null
}

/** The running impersonation as every page of the back office shows it. */
export type ImpersonationBanner = {
  userName: string
  userEmail: string
  tenantName: string
  operatorName: string
  expiresAt: string
  secondsLeft: number
}

export function impersonationState(ctx: HttpContext) {
  return ctx.session.get(SESSION_KEY) as ImpersonationState | undefined
}

function requestOrigin(ctx: HttpContext) {
  return { ip: ctx.request.ip(), userAgent: ctx.request.header('user-agent') ?? null }
}

/**
 * Makes the operator's browser act as `user` of `tenant` for 15 minutes.
 * Operators are never impersonated, nor people outside the workspace or
 * with a disabled account. Recorded in the workspace's audit log with both
 * identities, and in the platform log.
 */
export async function startImpersonation(
  ctx: HttpContext,
  input: { operator: User; tenant: Tenant; userId: string; reason: string }
) {
  const { operator, tenant, reason } = input
  const user = await User.find(input.userId)
  const membership = user
    ? await withPlatform(`ops: impersonation check for ${tenant.id}`, () =>
        Membership.query().where('tenant_id', tenant.id).where('user_id', user.id).first()
      )
    : null
  if (!user || !membership) {
    throw new ActionRefused('This person is not a member of the workspace.')
  }
  if (user.isOperator) {
    throw new ActionRefused('Operators cannot be impersonated.')
  }
  if (user.disabledAt) {
    throw new ActionRefused('This account is disabled: it cannot be impersonated.')
  }

  const now = DateTime.now()
  const impersonation = await Impersonation.create({
    operatorUserId: operator.id,
    userId: user.id,
    targetTenantId: tenant.id,
    reason,
    startedAt: now,
    expiresAt: now.plus({ minutes: IMPERSONATION_MINUTES }),
  })
  await withTenant(tenant.id, () =>
    recordAuditEvent({
      action: 'ops.impersonation.started',
      actor: { id: user.id, label: user.email },
      impersonatorUserId: operator.id,
      impersonatorLabel: operator.email,
      subject: { type: 'user', id: user.id, label: user.email },
      metadata: { reason, minutes: IMPERSONATION_MINUTES },
      ...requestOrigin(ctx),
    })
  )
  logger.info(
    { operatorId: operator.id, userId: user.id, tenantId: tenant.id, reason },
    'operator started acting as a tenant user'
  )

  const state: ImpersonationState = {
    id: impersonation.id,
    operatorUserId: operator.id,
    operatorSessionId: currentTrackedSessionId(ctx) ?? null,
  }
  await ctx.auth.use('web').login(user)
  ctx.session.put(SESSION_KEY, state)
  await startTrackedSession(ctx, user)
  return impersonation
}

/**
 * Marks an impersonation ended (once) in its row, the workspace's audit
 * log and the platform log.
 */
async function closeImpersonation(
  ctx: HttpContext,
  state: ImpersonationState,
  reason: ImpersonationEndReason
) {
  const impersonation = await Impersonation.find(state.id)
  if (impersonation && impersonation.endedAt === null) {
    impersonation.merge({ endedAt: DateTime.now(), endReason: reason })
    await impersonation.save()
    const [user, operator] = await Promise.all([
      User.find(impersonation.userId),
      User.find(impersonation.operatorUserId),
    ])
    await withTenant(impersonation.targetTenantId, () =>
      recordAuditEvent({
        action: 'ops.impersonation.ended',
        actor: user ? { id: user.id, label: user.email } : null,
        impersonatorUserId: impersonation.operatorUserId,
        impersonatorLabel: operator?.email ?? null,
        subject: user ? { type: 'user', id: user.id, label: user.email } : undefined,
        metadata: { reason },
        ...requestOrigin(ctx),
      })
    )
    logger.info(
      {
        operatorId: impersonation.operatorUserId,
        userId: impersonation.userId,
        tenantId: impersonation.targetTenantId,
        reason,
      },
      'operator stopped acting as a tenant user'
    )
  }

  return impersonation
}

/**
 * Ends the browser's impersonation (by the operator, or because its time
 * is up) and signs the operator back in as themselves.
 */
export async function endImpersonation(
  ctx: HttpContext,
  state: ImpersonationState,
  reason: ImpersonationEndReason
) {
  const impersonation = await closeImpersonation(ctx, state, reason)
  await endTrackedSession(ctx)
  ctx.session.forget(SESSION_KEY)
  const operator = await User.find(state.operatorUserId)
  const web = ctx.auth.use('web')
  if (operator?.isOperator && operator.disabledAt === null) {
    await web.login(operator)
    if (state.operatorSessionId) {
      resumeTrackedSession(ctx, state.operatorSessionId)
    }
  } else {
    await web.logout()
  }
  return impersonation
}

/**
 * Forgets an impersonation whose user is no longer signed in here (signed
 * out because their account was disabled meanwhile): it ends, and nobody
 * is signed in as anyone by it.
 */
export async function abandonImpersonation(ctx: HttpContext, state: ImpersonationState) {
  await closeImpersonation(ctx, state, 'ended')
  ctx.session.forget(SESSION_KEY)
}

/**
 * The running impersonation of this browser with who and where, or null
 * once it ended or expired.
 */
export async function loadRunningImpersonation(state: ImpersonationState) {
  const impersonation = await Impersonation.find(state.id)
  if (!impersonation || !impersonation.isRunningAt(DateTime.now())) {
    return null
  }
  const [user, operator, tenant] = await Promise.all([
    User.find(impersonation.userId),
    User.find(impersonation.operatorUserId),
    Tenant.find(impersonation.targetTenantId),
  ])
  if (!user || !operator || !tenant) {
    return null
  }
  return { impersonation, user, operator, tenant }
}

export function bannerOf(
  running: NonNullable<Awaited<ReturnType<typeof loadRunningImpersonation>>>
) {
  const { impersonation, user, operator, tenant } = running
  return {
    userName: user.name,
    userEmail: user.email,
    tenantName: tenant.name,
    operatorName: operator.name,
    expiresAt: impersonation.expiresAt.toISO()!,
    secondsLeft: Math.max(0, Math.floor(impersonation.expiresAt.diffNow('seconds').seconds)),
  } satisfies ImpersonationBanner
}

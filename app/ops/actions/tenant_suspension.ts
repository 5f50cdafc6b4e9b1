import logger from '@adonisjs/core/services/logger'
import { DateTime } from 'luxon'
import type Tenant from '#kernel/tenancy/models/tenant'
import type User from '#kernel/identity/models/user'
import { recordAuditEvent } from '#kernel/audit/record_audit_event'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { ActionRefused } from '#exceptions/action_refused'

interface OperatorAction {
  operator: User
  reason: string
  ip: string | null
  userAgent: string | null
}

async function audit(tenant: Tenant, action: string, input: OperatorAction) {
  await withTenant(tenant.id, () =>
    recordAuditEvent({
      action,
      actor: { id: input.operator.id, label: input.operator.email },
      subject: { type: 'workspace', id: tenant.id, label: tenant.name },
      metadata: { reason: input.reason, by: 'platform operator' },
      ip: input.ip,
      userAgent: input.userAgent,
    })
  )
}

/**
 * Suspends a workspace: its back office and storefront show the suspended
 * page and its API answers 423 until an operator lifts it. Nothing is
 * deleted. Recorded in the workspace's audit log and the platform log.
 */
export async function suspendTenant(tenant: Tenant, input: OperatorAction) {
  if (tenant.isSuspended) {
    throw new ActionRefused(`${tenant.name} is already suspended.`)
  }
  tenant.merge({ status: 'suspended', suspendedReason: input.reason, suspendedAt: DateTime.now() })
  await tenant.save()
  await audit(tenant, 'ops.workspace.suspended', input)
  logger.warn(
    { tenantId: tenant.id, operatorId: input.operator.id, reason: input.reason },
    'workspace suspended by an operator'
  )
}

/** Lifts a suspension: the workspace works again as before. */
export async function unsuspendTenant(tenant: Tenant, input: OperatorAction) {
  if (!tenant.isSuspended) {
    throw new ActionRefused(`${tenant.name} is not suspended.`)
  }
  tenant.merge({ status: 'active', suspendedReason: null, suspendedAt: null })
  await tenant.save()
  await audit(tenant, 'ops.workspace.unsuspended', input)
  logger.warn(
    { tenantId: tenant.id, operatorId: input.operator.id, reason: input.reason },
    'workspace suspension lifted by an operator'
  )
}

import type { HttpContext } from '@adonisjs/core/http'
import Membership from '#kernel/identity/models/membership'
import type User from '#kernel/identity/models/user'
import type Customer from '#kernel/identity/models/customer'
import { permissionsOf } from '#kernel/identity/workspace_member'
import { staffTopicPermission } from '#kernel/realtime/channels'
import { withTenant } from '#kernel/tenancy/with_tenant'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

async function signedInStaff(ctx: HttpContext) {
  return (await ctx.auth.use('web').check()) ? (ctx.auth.use('web').user as User) : undefined
}

async function membershipIn(tenantId: string, userId: string) {
  return withTenant(tenantId, async () => Membership.findBy('user_id', userId))
}

export async function mayHearStaffMember(ctx: HttpContext, tenantId: string, userId: string) {
  if (!UUID.test(tenantId) || !UUID.test(userId)) return false
  const user = await signedInStaff(ctx)
  return Boolean(
    user && !user.disabledAt && user.id === userId && (await membershipIn(tenantId, userId))
  )
}

export async function mayHearStaffTopic(ctx: HttpContext, tenantId: string, topic: string) {
  if (!UUID.test(tenantId)) return false
  const user = await signedInStaff(ctx)
  if (!user || user.disabledAt) return false
  const membership = await membershipIn(tenantId, user.id)
  if (!membership) return false
  const permission = staffTopicPermission(topic)
  if (!permission) return false
  const permissions = await withTenant(tenantId, () => permissionsOf(membership.role))
  return permissions.has(permission)
}

/**
 * The customer guard looks customers up inside the tenant's scope, so a
 * session made on another workspace's storefront finds nobody here.
 */
export async function mayHearCustomerTopic(ctx: HttpContext, tenantId: string, customerId: string) {
  if (!UUID.test(tenantId) || !UUID.test(customerId)) return false
  return withTenant(tenantId, async () => {
    const signedIn = await ctx.auth.use('customer').check()
    const customer = ctx.auth.use('customer').user as Customer | undefined
    return signedIn && customer?.id === customerId && !customer.erasedAt
  })
}

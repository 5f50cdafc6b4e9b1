import { randomUUID } from 'node:crypto'
import User from '#kernel/identity/models/user'
import type { Role } from '#kernel/identity/roles'
import Membership from '#kernel/identity/models/membership'
import Customer from '#kernel/identity/models/customer'
import { createWorkspace } from '#kernel/tenancy/actions/create_workspace'
import { withTenant } from '#kernel/tenancy/with_tenant'

export const TEST_PASSWORD = 'Correct-Horse-Battery-9'

export async function makeUser(
  overrides: Partial<{ name: string; email: string; verified: boolean }> = {}
) {
  const user = await User.create({
    name: overrides.name ?? 'Test Person',
    email: overrides.email ?? `person-${randomUUID().slice(0, 8)}@example.com`,
    password: TEST_PASSWORD,
  })
  if (overrides.verified !== false) {
    user.merge({ emailVerifiedAt: user.createdAt })
    await user.save()
  }
  return user
}

export async function makeWorkspace(
  options: Partial<{ slug: string; name: string; owner: User; industry: 'beauty' | 'general' }> = {}
) {
  const owner = options.owner ?? (await makeUser())
  const slug = options.slug ?? `shop-${randomUUID().slice(0, 8)}`
  const tenant = await createWorkspace(owner, {
    name: options.name ?? `Shop ${slug}`,
    slug,
    industry: options.industry ?? 'beauty',
    country: 'GB',
    currency: 'GBP',
    timezone: 'Europe/London',
    locale: 'en',
  })
  return { tenant, owner }
}

export async function addMember(tenantId: string, role: Role, user?: User) {
  const member = user ?? (await makeUser())
  await withTenant(tenantId, () => Membership.create({ userId: member.id, role }))
  return member
}

export async function makeCustomer(
  tenantId: string,
  email = `buyer-${randomUUID().slice(0, 8)}@example.com`
) {
  return withTenant(tenantId, () =>
    Customer.create({ email, name: 'Test Buyer', password: TEST_PASSWORD })
  )
}

import { AuthorizationResponse, Bouncer } from '@adonisjs/bouncer'
import type { WorkspaceMember } from '#kernel/identity/workspace_member'
import type Membership from '#kernel/identity/models/membership'
import { ROLE_RANK, type Role } from '#kernel/identity/roles'

/**
 * Holds a permission in the current workspace.
 */
export const can = Bouncer.ability((member: WorkspaceMember, permission: string) => {
  return member.can(permission)
})

/**
 * May hand out this role (invitations, role changes): members managers can
 * grant roles up to their own; only owners create owners.
 */
export const grantRole = Bouncer.ability((member: WorkspaceMember, role: Role) => {
  if (!member.can('workspace.members.manage')) {
    return false
  }
  return ROLE_RANK[role] <= ROLE_RANK[member.role]
})

/**
 * May change or remove this membership: never someone ranked above you.
 */
export const manageMember = Bouncer.ability((member: WorkspaceMember, target: Membership) => {
  if (!member.can('workspace.members.manage')) {
    return false
  }
  if (ROLE_RANK[target.role] > ROLE_RANK[member.role]) {
    return AuthorizationResponse.deny('Only an owner can change another owner.', 403)
  }
  return true
})

/**
 * Only owners: irreversible actions such as deleting a module's data.
 */
export const ownerOnly = Bouncer.ability((member: WorkspaceMember) => {
  return member.role === 'owner' || AuthorizationResponse.deny('Only an owner can do this.', 403)
})

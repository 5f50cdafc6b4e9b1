import type User from '#kernel/identity/models/user'
import type Membership from '#kernel/identity/models/membership'
import RolePermission from '#kernel/identity/models/role_permission'
import { allPermissions, defaultPermissionsOf, isPermission } from '#kernel/identity/permissions'
import type { Role } from '#kernel/identity/roles'

/**
 * The signed-in person as a member of the current workspace: who they
 * are, their role and the permissions it grants here.
 */
export class WorkspaceMember {
  constructor(
    public user: User,
    public membership: Membership,
    public permissions: ReadonlySet<string>
  ) {}

  get role() {
    return this.membership.role
  }

  can(permission: string) {
    return this.permissions.has(permission)
  }
}

/**
 * Owners and admins hold every permission. Other roles hold the set the
 * workspace saved for them, or their defaults. Runs in the tenant scope.
 */
export async function permissionsOf(role: Role): Promise<Set<string>> {
  if (role === 'owner' || role === 'admin') {
    return new Set(allPermissions().map((permission) => permission.key))
  }
  const saved = await RolePermission.findBy('role', role)
  return new Set((saved?.permissions ?? defaultPermissionsOf(role)).filter(isPermission))
}

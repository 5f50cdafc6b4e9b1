/**
 * Workspace roles. Owners and admins hold every permission; the other
 * roles hold a set each workspace can edit (defaults below).
 */
export const ROLES = ['owner', 'admin', 'manager', 'agent', 'employee'] as const
export type Role = (typeof ROLES)[number]

export const EDITABLE_ROLES: Role[] = ['manager', 'agent', 'employee']

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  manager: 'Manager',
  agent: 'Agent',
  employee: 'Employee',
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: 'Everything, including billing and deleting data. A workspace always keeps one.',
  admin: 'Everything except what only owners may do.',
  manager: 'Runs the business modules and sees the team.',
  agent: 'Answers customers and sees what they need for it.',
  employee: 'Sees what their work needs.',
}

/** Roles an inviter may hand out: never above their own. */
export const ROLE_RANK: Record<Role, number> = {
  owner: 5,
  admin: 4,
  manager: 3,
  agent: 2,
  employee: 1,
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

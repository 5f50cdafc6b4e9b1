import type { Role } from '#kernel/identity/roles'

/**
 * Permission keys are `<area>.<resource>.<verb>`. The kernel declares its
 * own here; modules add theirs through their manifests.
 */
export interface PermissionDefinition {
  key: string
  label: string
  /** Editable roles that hold it unless a workspace changes their set. */
  defaultRoles: Role[]
}

const catalog = new Map<string, PermissionDefinition>()

export function definePermission(definition: PermissionDefinition) {
  if (!/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/.test(definition.key)) {
    throw new Error(`Invalid permission key "${definition.key}": expected <area>.<resource>.<verb>`)
  }
  catalog.set(definition.key, definition)
}

export function allPermissions(): PermissionDefinition[] {
  return [...catalog.values()]
}

export function isPermission(key: string) {
  return catalog.has(key)
}

export function defaultPermissionsOf(role: Role): string[] {
  return allPermissions()
    .filter((permission) => permission.defaultRoles.includes(role))
    .map((permission) => permission.key)
}

export const KERNEL_PERMISSIONS: PermissionDefinition[] = [
  {
    key: 'workspace.settings.view',
    label: 'View workspace settings',
    defaultRoles: ['manager'],
  },
  {
    key: 'workspace.settings.manage',
    label: 'Change the workspace profile and branding',
    defaultRoles: [],
  },
  {
    key: 'workspace.members.view',
    label: 'See the team and pending invitations',
    defaultRoles: ['manager', 'agent', 'employee'],
  },
  {
    key: 'workspace.members.manage',
    label: 'Invite people, change roles and remove members',
    defaultRoles: [],
  },
  { key: 'workspace.audit.view', label: 'Browse the audit log', defaultRoles: [] },
  {
    key: 'workspace.api_tokens.manage',
    label: 'Create and revoke API tokens',
    defaultRoles: [],
  },
  {
    key: 'workspace.modules.manage',
    label: 'Switch modules on and off',
    defaultRoles: [],
  },
  {
    key: 'workspace.billing.manage',
    label: 'See and change the plan, payment methods and invoices',
    defaultRoles: [],
  },
]

KERNEL_PERMISSIONS.forEach(definePermission)

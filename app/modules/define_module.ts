import type { Role } from '#kernel/identity/roles'

type LazyDefault<T> = () => Promise<{ default: T }>

export interface ModulePermission {
  label: string
  /** Editable roles that hold it unless a workspace changes their set. */
  roles?: Role[]
}

export interface ModuleNavigationEntry {
  label: string
  /** Name of a back-office route of the module (`<key>.<resource>.<action>`). */
  route: string
  /** Icon name (see inertia/components/nav_icon.tsx). */
  icon?: string
  /** Only members holding this permission see the entry. */
  permission?: string
}

/**
 * What a module's lifecycle hooks receive. Hooks run in the tenant's scope:
 * tenant models and queries see that workspace only.
 */
export interface ModuleHookContext {
  tenantId: string
  moduleKey: string
  /** The member who asked, when a person did. */
  actorUserId: string | null
}

export type ModuleHook = (context: ModuleHookContext) => Promise<void>

/**
 * Export and erasure of one customer's data, for privacy requests. Runs in
 * the tenant's scope.
 */
export interface ModulePrivacyHooks {
  exportCustomer(customerId: string): Promise<Record<string, unknown>>
  eraseCustomer(customerId: string): Promise<void>
}

export interface ModuleNotificationKind {
  label: string
  /** Members holding it receive the notification. */
  permission: string
  /** Also by email unless the member changes it (default: in the app only). */
  email?: boolean
}

export interface ModuleManifest {
  /** Lower-case identifier: folder name, URL segment, table prefix. */
  key: string
  name: string
  description: string
  icon: string
  dependsOn?: string[]
  /**
   * Bridge modules (glue between two modules) switch themselves on as soon
   * as every module they depend on is enabled.
   */
  autoEnable?: boolean
  permissions?: Record<string, string | ModulePermission>
  navigation?: ModuleNavigationEntry[]
  /** Kinds of staff notification the module sends (`<key>.<what_happened>`). */
  notifications?: Record<string, ModuleNotificationKind>
  /** Scopes an API token can be given for the module's API routes (`catalog:read` → label). */
  apiScopes?: Record<string, string>
  /** VineJS validator of the module's per-workspace settings. */
  settings?: LazyDefault<any>
  hooks?: {
    onEnable?: LazyDefault<ModuleHook>
    onDisable?: LazyDefault<ModuleHook>
    onPurge?: LazyDefault<ModuleHook>
  }
  privacy?: LazyDefault<ModulePrivacyHooks>
}

const KEY = /^[a-z][a-z0-9_]{1,31}$/

/** Areas of the kernel: their route names and permissions are taken. */
const RESERVED_KEYS = new Set([
  'admin',
  'api',
  'app',
  'audit',
  'health',
  'identity',
  'kernel',
  'modules',
  'ops',
  'platform',
  'settings',
  'site',
  'tenancy',
  'workspace',
])

/**
 * Declares a module: `export default defineModule({...})` in
 * `modules/<key>/module.ts`. See docs/modules.md.
 */
export function defineModule<const T extends ModuleManifest>(manifest: T): T {
  if (!KEY.test(manifest.key)) {
    throw new Error(
      `Invalid module key "${manifest.key}": use 2-32 lower-case letters, digits or underscores, starting with a letter`
    )
  }
  if (RESERVED_KEYS.has(manifest.key)) {
    throw new Error(`The module key "${manifest.key}" is reserved for the kernel`)
  }
  const keys = [
    ...Object.keys(manifest.permissions ?? {}),
    ...Object.keys(manifest.notifications ?? {}),
  ]
  for (const key of keys) {
    if (!key.startsWith(`${manifest.key}.`)) {
      throw new Error(`Module "${manifest.key}" declares "${key}" outside its own key`)
    }
  }
  return manifest
}

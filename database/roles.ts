/**
 * The NOLOGIN role that platform-wide work switches to (`SET LOCAL ROLE`)
 * inside its transaction. Tenant tables admit it through a policy of its
 * own; the runtime role itself only ever sees the current tenant's rows.
 */
const role = process.env.DB_PLATFORM_ROLE ?? 'wrencos_platform'

if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) {
  throw new Error('DB_PLATFORM_ROLE must be a plain lower-case SQL identifier')
}

export const PLATFORM_ROLE = role

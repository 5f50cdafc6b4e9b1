/**
 * Slugs no workspace may take: they name platform hosts and paths.
 */
export const RESERVED_SLUGS = new Set([
  'www',
  'app',
  'api',
  'ops',
  'admin',
  'assets',
  'auth',
  'billing',
  'blog',
  'dashboard',
  'docs',
  'help',
  'login',
  'logout',
  'mail',
  'signup',
  'static',
  'status',
  'support',
  'webhooks',
  'wrencos',
])

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/

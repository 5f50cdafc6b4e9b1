import env from '#start/env'
import { RESERVED_SLUGS } from '#kernel/tenancy/reserved_slugs'

/**
 * The domain under which every workspace gets `<slug>.<domain>` for its
 * storefront: APP_DOMAIN, or the host of APP_URL.
 */
export function platformDomain() {
  const configured = env.get('APP_DOMAIN')
  if (configured) {
    return configured.toLowerCase()
  }
  return new URL(env.get('APP_URL', 'http://localhost:3333')).hostname.toLowerCase()
}

export type HostKind =
  { kind: 'platform' } | { kind: 'subdomain'; slug: string } | { kind: 'custom'; host: string }

/**
 * What a request's host names: the platform itself, a workspace subdomain,
 * or (anything else) a candidate custom domain.
 */
export function classifyHost(hostname: string, domain = platformDomain()): HostKind {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host === domain || host === '127.0.0.1' || host === '::1' || host === '[::1]') {
    return { kind: 'platform' }
  }
  if (host.endsWith(`.${domain}`)) {
    const label = host.slice(0, -(domain.length + 1))
    if (label.includes('.') || RESERVED_SLUGS.has(label)) {
      return { kind: 'platform' }
    }
    return { kind: 'subdomain', slug: label }
  }
  if (!host.includes('.')) {
    return { kind: 'platform' }
  }
  return { kind: 'custom', host }
}

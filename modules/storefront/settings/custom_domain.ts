import { randomBytes } from 'node:crypto'
import { resolveTxt } from 'node:dns/promises'
import { DateTime } from 'luxon'
import Tenant from '#kernel/tenancy/models/tenant'
import { classifyHost } from '#kernel/tenancy/storefront_host'

/**
 * Reads DNS TXT records. A class so that the container can hand out
 * another implementation (a test's local answers) without the product
 * knowing.
 */
export class DnsTxtResolver {
  resolveTxt(hostname: string): Promise<string[][]> {
    return resolveTxt(hostname)
  }
}

/** Where the owner puts the TXT record, and what it must say. */
export function verificationRecord(tenant: Tenant) {
  if (!tenant.customDomain || !tenant.customDomainToken) {
    return null
  }
  return {
    name: `_wrencos-verification.${tenant.customDomain}`,
    value: `wrencos-verification=${tenant.customDomainToken}`,
  }
}

export class CustomDomainRefused extends Error {}

/**
 * Claims a domain for the shop, unverified until its TXT record is seen.
 * Refused for the platform's own addresses and another shop's domain.
 */
export async function claimCustomDomain(tenant: Tenant, domain: string) {
  if (classifyHost(domain).kind !== 'custom') {
    throw new CustomDomainRefused('Use a domain of your own, not one of the platform’s addresses.')
  }
  const owner = await Tenant.query()
    .where('custom_domain', domain)
    .whereNot('id', tenant.id)
    .first()
  if (owner) {
    throw new CustomDomainRefused('This domain is already connected to another shop.')
  }
  if (tenant.customDomain === domain) {
    return tenant
  }
  tenant.merge({
    customDomain: domain,
    customDomainToken: randomBytes(16).toString('hex'),
    customDomainVerifiedAt: null,
  })
  await tenant.save()
  return tenant
}

export async function removeCustomDomain(tenant: Tenant) {
  tenant.merge({ customDomain: null, customDomainToken: null, customDomainVerifiedAt: null })
  await tenant.save()
}

export type VerificationResult =
  | { verified: true }
  | { verified: false; reason: 'no_domain' | 'not_found' | 'mismatch' | 'lookup_failed' }

/**
 * Looks the verification record up; when it holds the shop's token the
 * domain is marked verified, and from then on the storefront answers on it.
 */
export async function verifyCustomDomain(
  tenant: Tenant,
  resolver: DnsTxtResolver
): Promise<VerificationResult> {
  const record = verificationRecord(tenant)
  if (!record) {
    return { verified: false, reason: 'no_domain' }
  }
  let answers: string[][]
  try {
    answers = await resolver.resolveTxt(record.name)
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENOTFOUND' || code === 'ENODATA') {
      return { verified: false, reason: 'not_found' }
    }
    return { verified: false, reason: 'lookup_failed' }
  }
  const values = answers.map((chunks) => chunks.join('').trim())
  if (!values.includes(record.value)) {
    return { verified: false, reason: values.length ? 'mismatch' : 'not_found' }
  }
  if (!tenant.customDomainVerifiedAt) {
    tenant.customDomainVerifiedAt = DateTime.now()
    await tenant.save()
  }
  return { verified: true }
}

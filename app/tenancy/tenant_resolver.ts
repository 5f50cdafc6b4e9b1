import Tenant from '#kernel/tenancy/models/tenant'

export interface SlugResolution {
  tenant?: Tenant
  /** The workspace's current slug, when the requested one is a former slug. */
  movedTo?: string
}

/**
 * Finds the workspace a URL or host names. Reads the global `tenants`
 * registry only; never anything the client sent in a header or body.
 */
export const tenantResolver = {
  async bySlug(slug: string): Promise<SlugResolution> {
    const normalized = slug.toLowerCase()
    const tenant = await Tenant.findBy('slug', normalized)
    if (tenant) {
      return { tenant }
    }
    const moved = await Tenant.query().whereRaw('? = any(previous_slugs)', [normalized]).first()
    return moved ? { movedTo: moved.slug } : {}
  },

  /** Whether a slug is taken, now or formerly (old links keep working). */
  async isSlugTaken(slug: string, exceptTenantId?: string) {
    const query = Tenant.query().where((builder) =>
      builder.where('slug', slug).orWhereRaw('? = any(previous_slugs)', [slug])
    )
    if (exceptTenantId) {
      query.whereNot('id', exceptTenantId)
    }
    return (await query.first()) !== null
  },

  byCustomDomain(host: string) {
    return Tenant.query()
      .where('custom_domain', host.toLowerCase())
      .whereNotNull('custom_domain_verified_at')
      .first()
  },
}

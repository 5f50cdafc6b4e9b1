import db from '@adonisjs/lucid/services/db'
import { requireTenantId } from '#kernel/tenancy/tenant_context'

export const CATALOG_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Rosé Glow Serum 30 ml" → "rose-glow-serum-30-ml" */
export function slugify(text: string, maxLength = 120) {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
  return slug || 'item'
}

type SluggedTable = 'storefront_products' | 'storefront_categories'

export async function slugTaken(table: SluggedTable, slug: string, exceptId?: string | null) {
  const query = db.from(table).where('tenant_id', requireTenantId()).where('slug', slug)
  if (exceptId) {
    query.whereNot('id', exceptId)
  }
  const row = await query.select('id').first()
  return Boolean(row)
}

/**
 * A free slug made from `text`: the plain one, or with -2, -3… appended.
 */
export async function freeSlug(table: SluggedTable, text: string, exceptId?: string | null) {
  const base = slugify(text)
  let candidate = base
  for (let suffix = 2; await slugTaken(table, candidate, exceptId); suffix++) {
    candidate = `${base}-${suffix}`
  }
  return candidate
}

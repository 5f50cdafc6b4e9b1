import { createHash, randomBytes } from 'node:crypto'
import pg from 'pg'

export const TENANTS = 1000
export const BIG_TENANT_PRODUCTS = 10_000
export const PRODUCTS_PER_TENANT = 20
export const CATEGORIES_PER_TENANT = 10
export const BIG_TENANT_SLUG = 'sfbench-1'
/** The category page measured: a tenth of the big shop's products. */
export const CATEGORY_SLUG = 'category-1'

export interface StorefrontBenchData {
  tenantId: string
  slug: string
  categorySlug: string
  /** A `catalog:read` API token of the big shop. */
  token: string
}

const base64url = (value: string) => Buffer.from(value).toString('base64url')

/**
 * 1,000 shops with the storefront on (20 products each) and one of them
 * with 10,000 active products (with a variant and an image each) in 10
 * categories, written with set-based INSERT … SELECT generate_series as
 * the platform role. Reused by later runs; a fresh API token each run.
 */
export async function seedStorefrontBench(databaseUrl: string): Promise<StorefrontBenchData> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const existing = await client.query(
      `select t.id, (select count(*)::int from storefront_products p where p.tenant_id = t.id) as products,
              (select count(*)::int from tenants where slug like 'sfbench-%') as tenants
         from tenants t where t.slug = $1`,
      [BIG_TENANT_SLUG]
    )
    const ready =
      existing.rows[0]?.products === BIG_TENANT_PRODUCTS && existing.rows[0]?.tenants === TENANTS
    if (!ready) {
      const started = Date.now()
      console.log(
        `  seeding ${TENANTS} shops, one with ${BIG_TENANT_PRODUCTS.toLocaleString('en')} products (first run only)`
      )
      await client.query('begin')
      await client.query('set local role wrencos_platform')
      await client.query(`delete from tenants where slug like 'sfbench-%'`)
      await client.query(
        `insert into tenants (slug, name, country, currency, timezone)
         select 'sfbench-' || n, 'Bench shop ' || n, 'GB', 'GBP', 'Europe/London'
           from generate_series(1, $1) as n`,
        [TENANTS]
      )
      await client.query(
        `insert into tenant_modules (tenant_id, module_key, status, settings, enabled_at)
         select id, 'storefront', 'enabled', '{}', now() from tenants where slug like 'sfbench-%'`
      )
      await client.query(
        `insert into storefront_categories (tenant_id, name, slug, position, description)
         select t.id, 'Category ' || c, 'category-' || c, c, 'Everything of category ' || c
           from tenants t, generate_series(1, $1) as c
          where t.slug like 'sfbench-%'`,
        [CATEGORIES_PER_TENANT]
      )
      await client.query(
        `insert into storefront_products (tenant_id, category_id, name, slug, description_html,
           status, currency, price_minor, compare_at_minor, sku, tags, attributes,
           track_inventory, published_at, created_at, updated_at)
         select t.id, c.id, 'Bench product ' || n, 'bench-product-' || n,
                '<p>A product of the benchmark, number ' || n || '.</p>', 'active', 'GBP',
                500 + (n * 37) % 5000, case when n % 4 = 0 then 6000 end, 'SKU-' || n,
                array['bench', 'tag-' || n % 7],
                jsonb_build_object('finish', (array['matte', 'dewy', 'satin'])[1 + n % 3]),
                true, now() - make_interval(mins => n), now(), now()
           from tenants t
          cross join lateral generate_series(1, case when t.slug = $1 then $2::int else $3::int end) as n
           join storefront_categories c
             on c.tenant_id = t.id and c.slug = 'category-' || (1 + n % $4::int)
          where t.slug like 'sfbench-%'
          order by t.id, n desc`,
        [BIG_TENANT_SLUG, BIG_TENANT_PRODUCTS, PRODUCTS_PER_TENANT, CATEGORIES_PER_TENANT]
      )
      await client.query(
        `insert into storefront_variants (tenant_id, product_id, title, price_minor, sku, stock_on_hand)
         select p.tenant_id, p.id, 'Default', p.price_minor, p.sku, (abs(hashtext(p.slug)) % 40)
           from storefront_products p join tenants t on t.id = p.tenant_id
          where t.slug like 'sfbench-%'`
      )
      await client.query(
        `insert into storefront_product_images (tenant_id, product_id, path, thumbnail_path,
           medium_path, alt, width, height, position)
         select p.tenant_id, p.id, 'bench/' || p.slug || '.webp', 'bench/' || p.slug || '-thumb.webp',
                'bench/' || p.slug || '-medium.webp', p.name, 1200, 1200, 0
           from storefront_products p join tenants t on t.id = p.tenant_id
          where t.slug like 'sfbench-%'`
      )
      await client.query('commit')
      for (const table of [
        'tenants',
        'tenant_modules',
        'storefront_categories',
        'storefront_products',
        'storefront_variants',
        'storefront_product_images',
      ]) {
        await client.query(`analyze ${table}`)
      }
      console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }

    const tenant = await client.query(`select id from tenants where slug = $1`, [BIG_TENANT_SLUG])
    const tenantId: string = tenant.rows[0].id
    const secret = randomBytes(32).toString('base64url')
    const inserted = await client.query(
      `insert into api_tokens (tokenable_id, type, name, hash, abilities, created_at, updated_at)
       values ($1, 'api_token', 'Benchmark', $2, '["catalog:read"]', now(), now()) returning id`,
      [tenantId, createHash('sha256').update(secret).digest('hex')]
    )
    const token = `wrc_${base64url(String(inserted.rows[0].id))}.${base64url(secret)}`
    return { tenantId, slug: BIG_TENANT_SLUG, categorySlug: CATEGORY_SLUG, token }
  } finally {
    await client.end()
  }
}

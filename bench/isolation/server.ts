/*
| The application, booted from source in production mode, plus two routes
| the benchmark adds for itself (nothing here ships in the product):
|
| (a) /bench/isolation/scoped/:slug — the product's tenant context: the
|     request runs in a transaction with app.tenant_id set, under row-level
|     security, through runRequestInScope();
| (b) /bench/isolation/explicit/:slug — the same handler with an explicit
|     `where tenant_id = ?` on a connection that bypasses row-level security
|     and runs no transaction.
*/
import 'reflect-metadata'
import { Ignitor } from '@adonisjs/core'
import { APP_ROOT, importer } from '../../bin/importer.js'

const LIST_COLUMNS = ['id', 'email', 'name', 'created_at']

new Ignitor(APP_ROOT, { importer })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.booted(async () => {
      const router = await app.container.make('router')
      const db = await app.container.make('lucid.db')
      const { tenantResolver } = await import('#kernel/tenancy/tenant_resolver')
      const { runRequestInScope } = await import('#kernel/tenancy/request_scope')

      db.manager.add('bypass', {
        client: 'pg',
        connection: { connectionString: process.env.BENCH_BYPASS_DATABASE_URL! },
        pool: { min: 0, max: Number(process.env.DB_POOL_MAX ?? 10) },
      })

      const listCustomers = (tenantId: string, connection?: string) =>
        db
          .connection(connection)
          .from('customers')
          .where('tenant_id', tenantId)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(50)
          .select(LIST_COLUMNS)

      router.get('/bench/isolation/scoped/:slug', async (ctx) => {
        const { tenant } = await tenantResolver.bySlug(ctx.params.slug)
        return runRequestInScope(ctx, { tenantId: tenant!.id }, async () => ({
          data: await listCustomers(tenant!.id),
        }))
      })

      router.get('/bench/isolation/explicit/:slug', async (ctx) => {
        const { tenant } = await tenantResolver.bySlug(ctx.params.slug)
        return { data: await listCustomers(tenant!.id, 'bypass') }
      })
    })
    app.listen('SIGTERM', () => app.terminate())
  })
  .httpServer()
  .start()

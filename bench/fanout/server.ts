/*
| The application, booted from source in production mode, with what the
| fan-out benchmark needs (nothing here ships in the product):
|
| - a workspace whose owner the client signs in as (real login, real
|   channel authorization for every subscriber);
| - POST /bench/fanout/run: broadcasts `count` messages, one every
|   `intervalMs`, on the owner's channel through Transmit, each stamped
|   with the time it was published.
*/
import 'reflect-metadata'
import { Ignitor } from '@adonisjs/core'
import { APP_ROOT, importer } from '../../bin/importer.js'
import { FANOUT_OWNER } from './shared.js'

new Ignitor(APP_ROOT, { importer })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.booted(async () => {
      const router = await app.container.make('router')
      const transmit = await app.container.make('transmit')
      const { default: User } = await import('#kernel/identity/models/user')
      const { default: Tenant } = await import('#kernel/tenancy/models/tenant')
      const { createWorkspace } = await import('#kernel/tenancy/actions/create_workspace')
      const { channels } = await import('#kernel/realtime/channels')

      router.post('/bench/fanout/setup', async () => {
        let owner = await User.findBy('email', FANOUT_OWNER.email)
        owner ??= await User.create({ ...FANOUT_OWNER, name: 'Fan-out owner' })
        const tenant =
          (await Tenant.findBy('slug', 'fanout')) ??
          (await createWorkspace(owner, {
            name: 'Fan-out',
            slug: 'fanout',
            industry: 'general',
            country: 'GB',
            currency: 'GBP',
            timezone: 'Europe/London',
            locale: 'en',
          }))
        return { channel: channels.staffMember(tenant.id, owner.id) }
      })

      router.post('/bench/fanout/run', async ({ request }) => {
        const { channel, count, intervalMs } = request.body()
        let seq = 0
        const timer = setInterval(() => {
          seq++
          transmit.broadcast(channel, { seq, sentAt: performance.timeOrigin + performance.now() })
          if (seq >= count) clearInterval(timer)
        }, intervalMs)
        return { started: true }
      })
    })
    app.listen('SIGTERM', () => app.terminate())
  })
  .httpServer()
  .start()

import logger from '@adonisjs/core/services/logger'
import { databaseConnection } from '#config/database'
import { PostgresTransport } from '#kernel/realtime/postgres_transport'

/**
 * Which version of each workspace's catalog this process has seen, for
 * the API's response cache. A database trigger (migration 0010) notifies
 * `storefront_catalog` with the workspace's id on every change to its
 * products (stock and prices included, through the variants' trigger),
 * images or categories, whatever wrote it (models, imports, raw stock
 * updates), once the change commits. Losing the listener makes every
 * workspace's catalog new (notifications may have been missed).
 */
const CHANNEL = 'storefront_catalog'

const versions = new Map<string, number>()
let epoch = 0
let transport: PostgresTransport | undefined
let listening = false

function listen() {
  if (transport) return
  transport = new PostgresTransport(databaseConnection).setId('storefront-catalog-generations')
  transport.onReconnect(() => {
    epoch++
  })
  transport
    .subscribe<string>(CHANNEL, (tenantId) => {
      versions.set(tenantId, (versions.get(tenantId) ?? 0) + 1)
    })
    .then(() => {
      listening = true
    })
    .catch((error) => logger.error({ err: error }, 'catalog generations: cannot listen'))
}

/** The workspace's catalog generation, or null while changes cannot be heard yet. */
export function catalogGeneration(tenantId: string): string | null {
  listen()
  if (!listening) return null
  return `${epoch}.${versions.get(tenantId) ?? 0}`
}

export async function stopCatalogGenerations() {
  const running = transport
  transport = undefined
  listening = false
  await running?.disconnect()
}

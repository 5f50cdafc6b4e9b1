import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import Customer from '#kernel/identity/models/customer'
import { moduleRegistry } from '#kernel/modules/module_registry'
import { enabledModuleKeys } from '#kernel/modules/module_lifecycle'

export interface CustomerDataExport {
  exportedAt: string
  customer: { id: string; email: string; name: string; createdAt: string; erasedAt: string | null }
  /** What each enabled module holds on the customer, by module key. */
  modules: Record<string, Record<string, unknown>>
}

async function privacyHooksOfEnabledModules() {
  const enabled = await enabledModuleKeys()
  const hooks = []
  for (const module of moduleRegistry.all()) {
    const loader = module.manifest.privacy
    if (loader && enabled.has(module.manifest.key)) {
      const { default: privacy } = await loader()
      hooks.push({ key: module.manifest.key, privacy })
    }
  }
  return hooks
}

/**
 * Everything the workspace holds on one customer: the account and each
 * enabled module's `privacy.exportCustomer`. Runs in the tenant's scope.
 */
export async function exportCustomerData(customerId: string): Promise<CustomerDataExport> {
  const customer = await Customer.findOrFail(customerId)
  const modules: CustomerDataExport['modules'] = {}
  for (const { key, privacy } of await privacyHooksOfEnabledModules()) {
    modules[key] = await privacy.exportCustomer(customer.id)
  }
  return {
    exportedAt: DateTime.now().toISO()!,
    customer: {
      id: customer.id,
      email: customer.email,
      name: customer.name,
      createdAt: customer.createdAt.toISO()!,
      erasedAt: customer.erasedAt?.toISO() ?? null,
    },
    modules,
  }
}

/**
 * Erases one customer: each enabled module's `privacy.eraseCustomer` first,
 * then the account itself is anonymized (kept, so records that point at it
 * stay consistent; it can no longer sign in).
 */
export async function eraseCustomerData(customerId: string) {
  const customer = await Customer.findOrFail(customerId)
  for (const { privacy } of await privacyHooksOfEnabledModules()) {
    await privacy.eraseCustomer(customer.id)
  }
  // A query update: the model's save hook would hash the cleared password.
  await Customer.query()
    .where('id', customer.id)
    .update({
      email: `erased-${randomUUID()}@erased.invalid`,
      name: 'Erased customer',
      password: null,
      email_verified_at: null,
      erased_at: new Date(),
      updated_at: new Date(),
    })
}

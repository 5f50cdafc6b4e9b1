import { urlFor } from '@adonisjs/core/services/url_builder'

/** The workspace's Billing page, where limits are raised by changing plans. */
export function billingPagePath(workspaceSlug: string) {
  return urlFor('billing.page.show', { workspace: workspaceSlug })
}

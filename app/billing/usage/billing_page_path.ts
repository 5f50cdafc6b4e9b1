/** The workspace's Billing page, where limits are raised by changing plans. */
export function billingPagePath(workspaceSlug: string) {
  return `/app/${workspaceSlug}/settings/billing`
}

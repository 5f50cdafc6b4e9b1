/**
 * Every file the storefront stores for a workspace lives under one prefix,
 * so purging the module's data removes them all.
 */
export function storefrontFilesPrefix(tenantId: string) {
  return `storefront/${tenantId}`
}

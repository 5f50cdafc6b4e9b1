import type { Router } from '@adonisjs/core/http'

/**
 * A module's routes (`modules/<key>/routes.ts`), mounted by the kernel:
 *
 * - `backOffice`: under `/app/:workspace/<key>`, for signed-in members of a
 *   workspace that has the module enabled;
 * - `storefront`: under `/s/:storefront` (and the shop's own host);
 * - `api`: under `/api/v1`.
 *
 * Every route is always registered; whether the workspace has the module
 * is decided per request, and a workspace without it gets a 404.
 */
export interface ModuleRoutes {
  backOffice?: (router: Router) => void
  storefront?: (router: Router) => void
  api?: (router: Router) => void
  /** Routes outside any workspace (webhooks); the module checks tenancy itself. */
  public?: (router: Router) => void
}

export function defineRoutes(routes: ModuleRoutes) {
  return routes
}

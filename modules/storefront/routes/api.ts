import type { HttpContext } from '@adonisjs/core/http'
import { defineRoutes } from '#kernel/modules/define_routes'
import { middleware } from '#start/kernel'
import { appUrl } from '#config/app'
import type { ApiEndpoint } from '#modules/storefront/api/endpoint'
import { storefrontEndpoints } from '#modules/storefront/api/endpoints'
import { API_PREFIX, OPENAPI_PATH, openApiDocument } from '#modules/storefront/api/openapi'
import { catalogGeneration } from '#modules/storefront/api/catalog_generations'
import { defineCachedApiRoute, rememberApiResponse } from '#kernel/api_tokens/api_response_cache'

/**
 * Validates the endpoint's input and answers its result as JSON. The
 * payloads are plain data, so JSON.stringify serializes them (faster than
 * the framework's cycle-safe serializer, and the same bytes).
 */
async function run(endpoint: ApiEndpoint, ctx: HttpContext) {
  const query = endpoint.query ? await endpoint.query.validate(ctx.request.qs()) : undefined
  const body = endpoint.body ? await endpoint.body.validate(ctx.request.body()) : undefined
  const result = await endpoint.handle(ctx, { query, body })
  const json = JSON.stringify(result)
  if (endpoint.cachedUntilCatalogChanges) rememberApiResponse(ctx, json)
  ctx.response.header('content-type', 'application/json; charset=utf-8')
  return json
}

let document: ReturnType<typeof openApiDocument> | undefined

/**
 * The REST API (`/api/v1`, a workspace API token with the endpoint's
 * scope), registered from the endpoint declarations in api/endpoints.ts,
 * and its OpenAPI document, public.
 */
export default defineRoutes({
  api(router) {
    for (const endpoint of storefrontEndpoints as ApiEndpoint[]) {
      const route = router[endpoint.method](endpoint.path, (ctx: HttpContext) => run(endpoint, ctx))
        .as(endpoint.name)
        .use(middleware.apiScope({ scope: endpoint.scope }))
      for (const [name, param] of Object.entries(endpoint.params ?? {})) {
        if (param.uuid) route.where(name, router.matchers.uuid())
      }
      if (endpoint.cachedUntilCatalogChanges) {
        defineCachedApiRoute(endpoint.name, {
          module: 'storefront',
          scope: endpoint.scope,
          generation: catalogGeneration,
        })
      }
    }
  },
  public(router) {
    router
      .get(`${API_PREFIX}${OPENAPI_PATH}`, () => {
        document ??= openApiDocument(storefrontEndpoints as ApiEndpoint[], appUrl)
        return document
      })
      .as('storefront.api_openapi.show')
  },
})

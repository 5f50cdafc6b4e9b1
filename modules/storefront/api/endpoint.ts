import type { HttpContext } from '@adonisjs/core/http'
import type { VineValidator } from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'

export type JsonSchema = Record<string, unknown>

type AnyValidator = VineValidator<any, any>
type Input<V> = V extends AnyValidator ? Infer<V> : undefined

export interface EndpointResponse {
  description: string
  schema?: JsonSchema
}

/**
 * One REST API endpoint, declared once: the route is registered from it
 * (routes/api.ts), its query and body are validated with its validators,
 * and the OpenAPI document (api/openapi.ts) is generated from the same
 * declaration, validators included, so the two cannot drift apart.
 */
export interface ApiEndpoint<
  Q extends AnyValidator | undefined = any,
  B extends AnyValidator | undefined = any,
> {
  /** Route name: `storefront.<resource>.<action>`; also the operationId. */
  name: string
  method: 'get' | 'post' | 'patch' | 'delete'
  /** Under /api/v1, with `:param` segments (every param is a UUID or a slug). */
  path: string
  /** Token scope the endpoint needs. */
  scope: string
  tag: string
  summary: string
  description?: string
  params?: Record<string, { description: string; uuid?: boolean }>
  query?: Q
  body?: B
  /**
   * Answers may be cached until the workspace's catalog changes (products,
   * images, categories: see api/catalog_generations.ts).
   */
  cachedUntilCatalogChanges?: boolean
  /** Success responses by status; error responses are added for every endpoint. */
  responses: Record<number, EndpointResponse>
  handle: (ctx: HttpContext, input: { query: Input<Q>; body: Input<B> }) => Promise<unknown>
}

export function defineEndpoint<
  Q extends AnyValidator | undefined = undefined,
  B extends AnyValidator | undefined = undefined,
>(endpoint: ApiEndpoint<Q, B>) {
  return endpoint
}

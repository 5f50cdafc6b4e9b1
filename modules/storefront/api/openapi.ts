import type { ApiEndpoint, JsonSchema } from '#modules/storefront/api/endpoint'
import { schemas } from '#modules/storefront/api/schemas'

export const API_PREFIX = '/api/v1'
export const OPENAPI_PATH = '/openapi.json'

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

const ERROR_RESPONSES = {
  Unauthorized: errorResponse('The API token is missing, revoked or expired'),
  Forbidden: errorResponse('The API token does not have the scope this endpoint needs'),
  NotFound: errorResponse(
    'No such record in this workspace, or the workspace does not have the storefront module'
  ),
  Conflict: errorResponse(
    'The action is refused for a reason the client can act on (sold out, not for sale, checkout no longer open)'
  ),
  ValidationFailed: errorResponse('Bad input: one error per field at fault'),
  TooManyRequests: {
    ...errorResponse('The token sent too many requests; see the Retry-After header'),
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
  },
}

/** `/carts/:id/items` → `/carts/{id}/items` */
export function openApiPath(path: string) {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
}

function validatorSchema(validator: { toJSONSchema(): unknown }) {
  return validator.toJSONSchema() as JsonSchema & {
    properties?: Record<string, JsonSchema>
    required?: string[]
  }
}

function operation(endpoint: ApiEndpoint) {
  const parameters: JsonSchema[] = Object.entries(endpoint.params ?? {}).map(([name, param]) => ({
    name,
    in: 'path',
    required: true,
    description: param.description,
    schema: param.uuid ? { type: 'string', format: 'uuid' } : { type: 'string' },
  }))
  if (endpoint.query) {
    const schema = validatorSchema(endpoint.query)
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      parameters.push({
        name,
        in: 'query',
        required: schema.required?.includes(name) ?? false,
        schema: property,
      })
    }
  }
  const responses: Record<string, unknown> = {}
  for (const [status, response] of Object.entries(endpoint.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.schema ? { content: { 'application/json': { schema: response.schema } } } : {}),
    }
  }
  const ref = (name: keyof typeof ERROR_RESPONSES) => ({ $ref: `#/components/responses/${name}` })
  responses['401'] = ref('Unauthorized')
  responses['403'] = ref('Forbidden')
  responses['404'] = ref('NotFound')
  if (endpoint.method !== 'get') responses['409'] = ref('Conflict')
  if (endpoint.query || endpoint.body) responses['422'] = ref('ValidationFailed')
  responses['429'] = ref('TooManyRequests')
  return {
    'operationId': endpoint.name,
    'summary': endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    'tags': [endpoint.tag],
    'security': [{ apiToken: [endpoint.scope] }],
    'x-required-scope': endpoint.scope,
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: validatorSchema(endpoint.body) } },
          },
        }
      : {}),
    responses,
  }
}

/**
 * The OpenAPI 3.1 document of the API, generated from the endpoint
 * declarations (the same ones the routes are registered from).
 */
export function openApiDocument(endpoints: ApiEndpoint[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {
    [OPENAPI_PATH]: {
      get: {
        operationId: 'storefront.api_openapi.show',
        summary: 'This document',
        tags: ['Meta'],
        security: [],
        responses: { 200: { description: 'The OpenAPI 3.1 document of this API' } },
      },
    },
  }
  for (const endpoint of endpoints) {
    const path = openApiPath(endpoint.path)
    paths[path] = { ...paths[path], [endpoint.method]: operation(endpoint) }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wrencos storefront API',
      version: '1',
      description:
        'Catalog, carts, checkout and orders of one workspace\'s shop. Authenticate with a workspace API token (Settings → API tokens) sent as `Authorization: Bearer <token>`; each endpoint needs the scope named in its security requirement. Amounts are integer minor units of `currency`. Lists are paginated with `limit` (1–100) and the opaque `cursor` returned as `nextCursor`. Errors always have the shape `{ "errors": [{ "message", "field"? }] }`.',
    },
    servers: [{ url: `${serverUrl.replace(/\/$/, '')}${API_PREFIX}` }],
    tags: [
      { name: 'Catalog', description: 'Products and categories (scope `catalog:read`)' },
      { name: 'Carts', description: 'Carts and their lines (scope `cart:write`)' },
      { name: 'Checkout', description: 'Checkouts and placing orders (scope `checkout:write`)' },
      { name: 'Orders', description: 'Placed orders (scope `orders:read`)' },
    ],
    paths,
    components: {
      securitySchemes: {
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A workspace API token (`wrc_…`), created in Settings → API tokens',
        },
      },
      schemas,
      responses: ERROR_RESPONSES,
    },
  }
}

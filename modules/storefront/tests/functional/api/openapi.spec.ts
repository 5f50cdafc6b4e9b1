import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import { Validator } from '@seriousme/openapi-schema-validator'

/** Every route under /api/v1 the storefront module registered, as `METHOD /path`. */
function storefrontApiRoutes() {
  return Object.values(router.toJSON())
    .flat()
    .filter(
      (route) => route.pattern.startsWith('/api/v1/') && route.name?.startsWith('storefront.')
    )
    .flatMap((route) =>
      route.methods
        .filter((method) => method !== 'HEAD')
        .map(
          (method) =>
            `${method} ${route.pattern.slice('/api/v1'.length).replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`
        )
    )
}

test.group('Storefront API: OpenAPI document', () => {
  test('is a valid OpenAPI 3.1 document, public', async ({ client, assert }) => {
    const response = await client.get('/api/v1/openapi.json')
    response.assertStatus(200)
    const document = response.body()
    assert.equal(document.openapi, '3.1.0')
    const result = await new Validator().validate(document)
    assert.deepEqual(result.errors ?? [], [])
    assert.isTrue(result.valid)
  })

  test('documents every /api/v1 route of the module, and nothing else', async ({
    client,
    assert,
  }) => {
    const document = (await client.get('/api/v1/openapi.json')).body()
    const documented = Object.entries(document.paths as Record<string, object>).flatMap(
      ([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`)
    )
    const routes = storefrontApiRoutes()
    assert.isAbove(routes.length, 10)
    assert.sameMembers(documented, routes)
  })

  test('each operation names its scope, its parameters and its request body', async ({
    client,
    assert,
  }) => {
    const document = (await client.get('/api/v1/openapi.json')).body()
    const list = document.paths['/products'].get
    assert.deepEqual(list.security, [{ apiToken: ['catalog:read'] }])
    const limit = list.parameters.find((parameter: any) => parameter.name === 'limit')
    assert.deepInclude(limit, { in: 'query', required: false })
    assert.deepInclude(limit.schema, { type: 'integer', minimum: 1, maximum: 100 })
    assert.properties(list.responses, ['200', '401', '403', '404', '422', '429'])

    const addItem = document.paths['/carts/{id}/items'].post
    assert.deepEqual(addItem.security, [{ apiToken: ['cart:write'] }])
    assert.deepInclude(addItem.parameters[0], { name: 'id', in: 'path', required: true })
    const body = addItem.requestBody.content['application/json'].schema
    assert.sameMembers(body.required, ['variantId', 'quantity'])
    assert.deepInclude(body.properties.variantId, { type: 'string', format: 'uuid' })

    const place = document.paths['/checkouts/{id}/order'].post
    assert.properties(place.responses, ['200', '201', '409', '422'])
    assert.deepEqual(document.paths['/openapi.json'].get.security, [])
  })
})

/*
| The ceiling for GET /api/v1/products?limit=24: a bare node:http server
| with a pg pool that runs the very statement the API runs (the module's
| productListQuery) for one workspace and maps the rows with the same
| function, so its JSON is byte-identical. No token, no tenant context,
| no framework. Runs in its own process, started by the benchmark.
*/
import { createServer } from 'node:http'
import pg from 'pg'
import {
  pageOf,
  productListQuery,
  toProductListItem,
  withNumberedPlaceholders,
  type ProductListRow,
} from '../../modules/storefront/api/product_listing_query.js'

const pool = new pg.Pool({
  connectionString: process.env.BARE_DATABASE_URL,
  max: Number(process.env.BARE_POOL_MAX ?? 16),
})
const tenantId = process.env.BARE_TENANT_ID!
const publicBase = (process.env.DRIVE_PUBLIC_URL ?? '/uploads').replace(/\/$/, '')
const fileUrl = (path: string | null) =>
  path ? `${publicBase}/${path.split('/').map(encodeURIComponent).join('/')}` : null

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://bare')
  const limit = Number(url.searchParams.get('limit') ?? 24)
  const { sql, values } = productListQuery({ tenantId, limit })
  try {
    const result = await pool.query(withNumberedPlaceholders(sql), values)
    const rows = result.rows as ProductListRow[]
    const body = JSON.stringify(
      pageOf(
        rows.map((row) => toProductListItem(row, fileUrl)),
        limit
      )
    )
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    })
    response.end(body)
  } catch (error) {
    response.writeHead(500)
    response.end(String(error))
  }
})

server.listen(Number(process.env.BARE_PORT), '127.0.0.1', () => {
  process.send?.('ready')
})

/*
| A bare node:http server answering every request with the same bytes and
| headers: the ceiling an application page is compared with. Runs in its
| own process, started by startBareServer().
*/
import { createServer } from 'node:http'

const body = Buffer.from(process.env.BARE_BODY_BASE64 ?? '', 'base64')
const headers = JSON.parse(process.env.BARE_HEADERS ?? '{}') as Record<string, string>

const server = createServer((_request, response) => {
  response.writeHead(200, { ...headers, 'content-length': body.length })
  response.end(body)
})

server.listen(Number(process.env.BARE_PORT), '127.0.0.1', () => {
  process.send?.('ready')
})

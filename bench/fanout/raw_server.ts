/*
| The baseline: a minimal Server-Sent Events broadcaster on node:http that
| writes one pre-serialized string to every open response.
*/
import { createServer, type ServerResponse } from 'node:http'

const clients = new Set<ServerResponse>()

const server = createServer((request, response) => {
  if (request.url?.startsWith('/events')) {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      'Connection': 'keep-alive',
    })
    response.write(':ok\n\n')
    clients.add(response)
    request.on('close', () => clients.delete(response))
    return
  }
  if (request.url === '/run' && request.method === 'POST') {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      const { channel, count, intervalMs } = JSON.parse(body)
      let seq = 0
      const timer = setInterval(() => {
        seq++
        const payload = { seq, sentAt: performance.timeOrigin + performance.now() }
        const frame = `data: ${JSON.stringify({ channel, payload })}\n\n`
        for (const client of clients) client.write(frame)
        if (seq >= count) clearInterval(timer)
      }, intervalMs)
      response.end('{"started":true}')
    })
    return
  }
  response.writeHead(404).end()
})

server.listen(Number(process.env.RAW_PORT), '127.0.0.1', () => process.send?.('ready'))
process.on('SIGTERM', () => {
  for (const client of clients) client.destroy()
  server.close(() => process.exit(0))
})

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type RequestHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  body: string
) => Promise<void> | void

export interface LocalServer {
  port: number
  url: string
  close(): Promise<void>
}

/**
 * An HTTP server on 127.0.0.1 (port 0 picks a free one) that hands each
 * request to `handler` with its body already read.
 */
export async function startLocalServer(
  port: number,
  handler: RequestHandler
): Promise<LocalServer> {
  const server = createServer((request, response) => {
    readBody(request)
      .then((body) => handler(request, response, body))
      .catch((error: unknown) => {
        if (response.headersSent) {
          response.destroy()
        } else {
          sendJson(response, 500, { error: { message: String(error) } })
        }
      })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const actualPort = (server.address() as AddressInfo).port
  return {
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}`,
    close: () => closeServer(server),
  }
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}

export function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

async function readBody(request: IncomingMessage) {
  const chunks: Buffer[] = []
  for await (const chunk of request) {
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function closeServer(server: Server) {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    // SDK clients keep connections alive; without this, close() waits for them to time out.
    server.closeAllConnections()
  })
}

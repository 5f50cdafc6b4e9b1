import type { ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { GoogleGenAI, type Content, type Tool } from '@google/genai'
import { fakeEmbedding } from './gemini_embeddings.js'
import {
  estimateTokens,
  googleError,
  isFailure,
  replyBody,
  replyChunks,
  type GeminiTurn,
} from './gemini_responses.js'
import { headerValue, sendJson, startLocalServer } from './http_server.js'

export { cosineSimilarity, fakeEmbedding } from './gemini_embeddings.js'
export type {
  GeminiFailure,
  GeminiFunctionCall,
  GeminiReply,
  GeminiTurn,
} from './gemini_responses.js'

export interface FakeGeminiOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** When given, only this key is accepted; otherwise any non-empty key is. */
  apiKey?: string
  /** Milliseconds before the first byte of every response. */
  delayMs?: number
  /** Words in each streamed chunk. */
  wordsPerChunk?: number
  /** Milliseconds between streamed chunks. */
  chunkIntervalMs?: number
  /** Length of embeddings whose request sets no `outputDimensionality`. */
  embeddingDimensions?: number
}

export type GeminiMethod =
  'generateContent' | 'streamGenerateContent' | 'embedContent' | 'batchEmbedContents'

export interface RecordedGeminiRequest {
  method: GeminiMethod
  path: string
  apiVersion: string
  model: string
  stream: boolean
  /** The JSON body as sent: `contents`, `systemInstruction`, `tools`, `generationConfig`... */
  body: Record<string, unknown>
  apiKey: string | undefined
  /** What to answer, or for embeddings what to embed. */
  contents: Content[]
  systemInstruction: Content | undefined
  tools: Tool[]
}

export type GeminiResponder = (request: RecordedGeminiRequest) => GeminiTurn | Promise<GeminiTurn>

interface EmbedRequest {
  content?: Content
  outputDimensionality?: number
}

const ROUTE =
  /^\/(?<version>v1|v1beta|v1alpha)\/models\/(?<model>[^/:]+):(?<method>generateContent|streamGenerateContent|embedContent|batchEmbedContents)$/

const DEFAULT_TURN: GeminiTurn = { text: 'OK' }

/**
 * A local Gemini API (`generateContent`, `streamGenerateContent`,
 * `embedContent`, `batchEmbedContents`) for the real `@google/genai` SDK.
 * Answers come from `queue`d turns, or from a `respondWith` handler, or are
 * `{ text: 'OK' }`; embeddings are deterministic (see `fakeEmbedding`).
 */
export async function startGeminiServer(options: FakeGeminiOptions = {}) {
  const requests: RecordedGeminiRequest[] = []
  const turns: GeminiTurn[] = []
  let responder: GeminiResponder | undefined
  let delayMs = options.delayMs ?? 0

  const server = await startLocalServer(options.port ?? 0, async (request, response, rawBody) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (delayMs > 0) {
      await sleep(delayMs)
    }
    const route = request.method === 'POST' ? ROUTE.exec(url.pathname)?.groups : undefined
    if (!route) {
      return sendJson(
        response,
        404,
        googleError(404, `The requested URL ${url.pathname} was not found on this server.`)
      )
    }
    const body = parseJson(rawBody)
    if (!body) {
      return sendJson(response, 400, googleError(400, 'Invalid JSON payload received.'))
    }
    const method = route.method as GeminiMethod
    const recorded: RecordedGeminiRequest = {
      method,
      path: url.pathname,
      apiVersion: route.version,
      model: decodeURIComponent(route.model),
      stream: method === 'streamGenerateContent',
      body,
      apiKey: headerValue(request, 'x-goog-api-key') || url.searchParams.get('key') || undefined,
      ...requestContents(method, body),
    }
    requests.push(recorded)

    const rejection = checkRequest(recorded)
    if (rejection) {
      return sendJson(response, rejection.error.code, rejection)
    }
    if (method === 'embedContent' || method === 'batchEmbedContents') {
      return sendJson(response, 200, embeddings(method, body))
    }
    const turn = responder ? await responder(recorded) : (turns.shift() ?? DEFAULT_TURN)
    if (isFailure(turn)) {
      return sendJson(
        response,
        turn.error.status,
        googleError(turn.error.status, turn.error.message)
      )
    }
    const context = {
      model: recorded.model,
      promptTokenCount: estimateTokens([recorded.systemInstruction, recorded.contents]),
    }
    if (!recorded.stream) {
      return sendJson(response, 200, replyBody(turn, context))
    }
    const chunks = replyChunks(turn, context, options.wordsPerChunk ?? 3)
    if (url.searchParams.get('alt') !== 'sse') {
      return sendJson(response, 200, chunks)
    }
    await sendEvents(response, chunks, options.chunkIntervalMs ?? 0)
  })

  function checkRequest(recorded: RecordedGeminiRequest) {
    if (!recorded.apiKey) {
      return googleError(
        403,
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API."
      )
    }
    if (options.apiKey && recorded.apiKey !== options.apiKey) {
      return googleError(400, 'API key not valid. Please pass a valid API key.', [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          'reason': 'API_KEY_INVALID',
          'domain': 'googleapis.com',
        },
      ])
    }
    if (recorded.contents.length === 0) {
      return googleError(400, missingContentsMessage(recorded.method))
    }
    return undefined
  }

  function embeddings(method: 'embedContent' | 'batchEmbedContents', body: object) {
    const embed = (request: EmbedRequest) => ({
      values: fakeEmbedding(
        partsText(request.content),
        request.outputDimensionality ?? options.embeddingDimensions ?? 768
      ),
    })
    if (method === 'embedContent') {
      return { embedding: embed(body) }
    }
    return { embeddings: (body as { requests: EmbedRequest[] }).requests.map(embed) }
  }

  return {
    port: server.port,
    baseUrl: server.url,
    /** Every request received, oldest first. */
    requests,

    /** A real `GoogleGenAI` client pointed at this server. */
    client(apiKey = options.apiKey ?? 'fake-gemini-key', apiVersion?: string) {
      return new GoogleGenAI({ apiKey, apiVersion, httpOptions: { baseUrl: server.url } })
    },

    /** Answers for the next generate requests, in order. */
    queue(...next: GeminiTurn[]) {
      turns.push(...next)
    },

    /** Answers every generate request from now on (the queue is ignored); `undefined` goes back to the queue. */
    respondWith(handler: GeminiResponder | undefined) {
      responder = handler
    },

    setDelay(ms: number) {
      delayMs = ms
    },

    /** How many queued turns no request has used yet. */
    pendingTurns: () => turns.length,

    close: () => server.close(),
  }
}

export type FakeGeminiServer = Awaited<ReturnType<typeof startGeminiServer>>

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text || '{}')
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** The contents a request is about, wherever its method keeps them. */
function requestContents(method: GeminiMethod, body: Record<string, unknown>) {
  if (method === 'embedContent') {
    return {
      contents: body.content ? [body.content as Content] : [],
      systemInstruction: undefined,
      tools: [],
    }
  }
  if (method === 'batchEmbedContents') {
    const batch = Array.isArray(body.requests) ? (body.requests as EmbedRequest[]) : []
    return {
      contents: batch.flatMap((entry) => (entry.content ? [entry.content] : [])),
      systemInstruction: undefined,
      tools: [],
    }
  }
  return {
    contents: Array.isArray(body.contents) ? (body.contents as Content[]) : [],
    systemInstruction: body.systemInstruction as Content | undefined,
    tools: Array.isArray(body.tools) ? (body.tools as Tool[]) : [],
  }
}

function missingContentsMessage(method: GeminiMethod) {
  if (method === 'embedContent') {
    return '* EmbedContentRequest.content: content is not specified\n'
  }
  if (method === 'batchEmbedContents') {
    return '* BatchEmbedContentsRequest.requests: requests is not specified\n'
  }
  return '* GenerateContentRequest.contents: contents is not specified\n'
}

function partsText(content: Content | undefined) {
  return (content?.parts ?? []).map((part) => part.text ?? '').join(' ')
}

/** Server-sent events framed as the Gemini API frames them. */
async function sendEvents(response: ServerResponse, chunks: object[], intervalMs: number) {
  response.writeHead(200, { 'content-type': 'text/event-stream' })
  for (const [index, chunk] of chunks.entries()) {
    if (index > 0 && intervalMs > 0) {
      await sleep(intervalMs)
    }
    response.write(`data: ${JSON.stringify(chunk)}\r\n\r\n`)
  }
  response.end()
}

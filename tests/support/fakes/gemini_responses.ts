import { randomBytes } from 'node:crypto'

export interface GeminiFunctionCall {
  name: string
  args?: Record<string, unknown>
}

/** What the model says: text, function calls, or both. */
export interface GeminiReply {
  text?: string
  functionCalls?: GeminiFunctionCall[]
  finishReason?: string
}

export interface GeminiFailure {
  error: { status: number; message?: string }
}

export type GeminiTurn = GeminiReply | GeminiFailure

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'NOT_IMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
}

const DEFAULT_MESSAGES: Record<number, string> = {
  429: 'Resource has been exhausted (e.g. check quota).',
  500: 'An internal error has occurred. Please retry or report the problem.',
  503: 'The model is overloaded. Please try again later.',
}

export function isFailure(turn: GeminiTurn): turn is GeminiFailure {
  return 'error' in turn
}

/** Google's error envelope, as the Gemini API sends it. */
export function googleError(
  status: number,
  message = DEFAULT_MESSAGES[status] ?? 'The request failed.',
  details?: unknown[]
) {
  return {
    error: {
      code: status,
      message,
      status: STATUS_NAMES[status] ?? 'UNKNOWN',
      ...(details ? { details } : {}),
    },
  }
}

/** About four characters a token, over every string in `value` (a rough count, like the real one). */
export function estimateTokens(value: unknown): number {
  let characters = 0
  const visit = (node: unknown) => {
    if (typeof node === 'string') {
      characters += node.length
    } else if (Array.isArray(node)) {
      node.forEach(visit)
    } else if (node && typeof node === 'object') {
      Object.values(node).forEach(visit)
    }
  }
  visit(value)
  return Math.ceil(characters / 4)
}

export interface ReplyContext {
  model: string
  promptTokenCount: number
}

/** A complete `GenerateContentResponse`. */
export function replyBody(reply: GeminiReply, context: ReplyContext) {
  const parts = [
    ...(reply.text !== undefined ? [{ text: reply.text }] : []),
    ...functionCallParts(reply),
  ]
  return responseChunk(parts, context, { finishReason: reply.finishReason ?? 'STOP', reply })
}

/**
 * The partial responses of a streamed reply: the text a few words at a
 * time, then any function calls; the last one carries the finish reason and
 * the full usage.
 */
export function replyChunks(reply: GeminiReply, context: ReplyContext, wordsPerChunk: number) {
  const pieces = splitWords(reply.text ?? '', wordsPerChunk)
  const calls = functionCallParts(reply)
  const partsPerChunk = pieces.map((text) => [{ text }] as Part[])
  if (calls.length > 0 || partsPerChunk.length === 0) {
    partsPerChunk.push(calls)
  }
  const responseId = newResponseId()
  return partsPerChunk.map((parts, index) =>
    index === partsPerChunk.length - 1
      ? responseChunk(parts, context, {
          finishReason: reply.finishReason ?? 'STOP',
          reply,
          responseId,
        })
      : responseChunk(parts, context, { responseId })
  )
}

type Part = { text: string } | { functionCall: { name: string; args: Record<string, unknown> } }

function functionCallParts(reply: GeminiReply): Part[] {
  return (reply.functionCalls ?? []).map((call) => ({
    functionCall: { name: call.name, args: call.args ?? {} },
  }))
}

function responseChunk(
  parts: Part[],
  context: ReplyContext,
  ending: { finishReason?: string; reply?: GeminiReply; responseId?: string }
) {
  const candidatesTokenCount = ending.reply ? estimateTokens(ending.reply) : 0
  return {
    candidates: [
      {
        content: { role: 'model', parts },
        ...(ending.finishReason ? { finishReason: ending.finishReason } : {}),
        index: 0,
      },
    ],
    usageMetadata: {
      promptTokenCount: context.promptTokenCount,
      ...(ending.reply ? { candidatesTokenCount } : {}),
      totalTokenCount: context.promptTokenCount + candidatesTokenCount,
    },
    modelVersion: context.model,
    responseId: ending.responseId ?? newResponseId(),
  }
}

/** Groups of `size` words; joined back together they give `text` exactly. */
function splitWords(text: string, size: number) {
  const words = text.match(/\s*\S+\s*/g) ?? (text ? [text] : [])
  const groups: string[] = []
  for (let index = 0; index < words.length; index += size) {
    groups.push(words.slice(index, index + size).join(''))
  }
  return groups
}

function newResponseId() {
  return randomBytes(16).toString('base64url')
}

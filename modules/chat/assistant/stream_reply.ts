import {
  FunctionCallingConfigMode,
  type Content,
  type FunctionCall,
  type GoogleGenAI,
  type Part,
} from '@google/genai'
import { toolDeclarations } from '#modules/chat/assistant/tools/assistant_tools'

/** Model calls in one reply: tool rounds, then a last one that must answer in words. */
const MAX_ROUNDS = 4

export interface StreamRequest {
  client: GoogleGenAI
  model: string
  systemInstruction: string
  contents: Content[]
  temperature: number
  maxOutputTokens: number
  signal: AbortSignal
  /** Each piece of text as it arrives; answering `false` stops the reply there. */
  onText(text: string): boolean
  /** Runs the calls of one round; one response part per call, in order. */
  runTools(calls: FunctionCall[]): Promise<Part[]>
}

export interface StreamedReply {
  text: string
  /** The reply was cut short by `onText`. */
  stopped: boolean
  toolsUsed: string[]
}

/**
 * The model's answer, streamed: text goes to `onText` the moment it
 * arrives; function calls are run and their results sent back, for a few
 * rounds at most. Throws when the model fails or the signal aborts.
 */
export async function streamReply(request: StreamRequest): Promise<StreamedReply> {
  const contents = [...request.contents]
  const toolsUsed: string[] = []
  const stop = new AbortController()
  const signal = AbortSignal.any([request.signal, stop.signal])
  let text = ''

  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const stream = await request.client.models.generateContentStream({
      model: request.model,
      contents,
      config: {
        systemInstruction: request.systemInstruction,
        tools: [{ functionDeclarations: toolDeclarations }],
        toolConfig:
          round === MAX_ROUNDS
            ? { functionCallingConfig: { mode: FunctionCallingConfigMode.NONE } }
            : undefined,
        temperature: request.temperature,
        maxOutputTokens: request.maxOutputTokens,
        abortSignal: signal,
      },
    })
    const modelParts: Part[] = []
    const calls: FunctionCall[] = []
    for await (const chunk of stream) {
      for (const part of chunk.candidates?.[0]?.content?.parts ?? []) {
        modelParts.push(part)
        if (part.functionCall) calls.push(part.functionCall)
        if (part.text && !part.thought) {
          if (!request.onText(part.text)) {
            stop.abort()
            return { text, stopped: true, toolsUsed }
          }
          text += part.text
        }
      }
    }
    if (calls.length === 0) break
    toolsUsed.push(...calls.map((call) => call.name ?? ''))
    contents.push({ role: 'model', parts: modelParts })
    contents.push({ role: 'user', parts: await request.runTools(calls) })
    signal.throwIfAborted()
  }
  return { text, stopped: false, toolsUsed }
}

/*
| The fake Gemini API in its own process: every answer starts after
| MODEL_DELAY_MS and is streamed in small chunks, as the real model does.
*/
import { startGeminiServer } from '../../tests/support/fakes/gemini_server.js'
import { ANSWER, MODEL_DELAY_MS } from './shared.js'

const gemini = await startGeminiServer({
  port: Number(process.env.GEMINI_PORT),
  delayMs: MODEL_DELAY_MS,
  wordsPerChunk: 3,
  chunkIntervalMs: 15,
})
gemini.respondWith(() => ({ text: ANSWER }))
process.send?.('ready')

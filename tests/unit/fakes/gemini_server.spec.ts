import { test } from '@japa/runner'
import {
  ApiError,
  FunctionCallingConfigMode,
  type GenerateContentResponse,
  type GoogleGenAI,
} from '@google/genai'
import {
  cosineSimilarity,
  fakeEmbedding,
  startGeminiServer,
  type FakeGeminiServer,
} from '#tests/support/fakes/gemini_server'

const MODEL = 'gemini-2.5-flash'
const EMBEDDING_MODEL = 'gemini-embedding-001'

const FIND_ORDER = {
  functionDeclarations: [
    {
      name: 'find_order',
      description: 'Finds an order by id',
      parametersJsonSchema: {
        type: 'object',
        properties: { orderId: { type: 'string' } },
        required: ['orderId'],
      },
    },
  ],
}

test.group('Fake Gemini server', (group) => {
  let fake: FakeGeminiServer
  let ai: GoogleGenAI

  group.each.setup(async () => {
    fake = await startGeminiServer()
    ai = fake.client()
    return () => fake.close()
  })

  test('generateContent answers with the queued text', async ({ assert }) => {
    fake.queue({ text: 'Bonjour from the fake' })

    const response = await ai.models.generateContent({ model: MODEL, contents: 'Say hello' })

    assert.equal(response.text, 'Bonjour from the fake')
    assert.equal(response.candidates?.[0].finishReason, 'STOP')
    assert.isAbove(response.usageMetadata?.promptTokenCount ?? 0, 0)
    assert.isAbove(
      response.usageMetadata?.totalTokenCount ?? 0,
      response.usageMetadata?.promptTokenCount ?? 0
    )
    assert.lengthOf(fake.requests, 1)
    assert.equal(fake.requests[0].model, MODEL)
    assert.isFalse(fake.requests[0].stream)
  })

  test('streamed text arrives in several chunks that join into the answer', async ({ assert }) => {
    const answer = 'The quick brown fox jumps over the lazy dog, twice, before breakfast.'
    fake.queue({ text: answer })

    const stream = await ai.models.generateContentStream({ model: MODEL, contents: 'Tell a story' })
    const chunks: GenerateContentResponse[] = []
    for await (const chunk of stream) {
      chunks.push(chunk)
    }

    assert.isAtLeast(chunks.length, 3)
    assert.equal(chunks.map((chunk) => chunk.text).join(''), answer)
    assert.equal(chunks.at(-1)?.candidates?.[0].finishReason, 'STOP')
    assert.isUndefined(chunks[0].candidates?.[0].finishReason)
    assert.isTrue(fake.requests[0].stream)
  })

  test('a function-call turn is exposed by response.functionCalls', async ({ assert }) => {
    fake.queue({ functionCalls: [{ name: 'find_order', args: { orderId: 'A-17' } }] })

    const response = await ai.models.generateContent({ model: MODEL, contents: 'Where is A-17?' })

    assert.deepEqual(response.functionCalls, [{ name: 'find_order', args: { orderId: 'A-17' } }])
  })

  test('the request body carries what the SDK was given', async ({ assert }) => {
    await ai.models.generateContent({
      model: MODEL,
      contents: [{ role: 'user', parts: [{ text: 'Where is my order?' }] }],
      config: {
        systemInstruction: 'You are a shop assistant.',
        temperature: 0.2,
        maxOutputTokens: 256,
        tools: [
          {
            functionDeclarations: [
              {
                name: 'find_order',
                description: 'Finds an order by id',
                parametersJsonSchema: {
                  type: 'object',
                  properties: { orderId: { type: 'string' } },
                  required: ['orderId'],
                },
              },
            ],
          },
        ],
        toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.AUTO } },
      },
    })

    const body = fake.requests[0].body as Record<string, any>
    assert.deepEqual(body.contents, [{ role: 'user', parts: [{ text: 'Where is my order?' }] }])
    assert.equal(body.systemInstruction.parts[0].text, 'You are a shop assistant.')
    assert.equal(body.generationConfig.temperature, 0.2)
    assert.equal(body.generationConfig.maxOutputTokens, 256)
    assert.equal(body.tools[0].functionDeclarations[0].name, 'find_order')
    assert.deepEqual(body.tools[0].functionDeclarations[0].parametersJsonSchema.required, [
      'orderId',
    ])
    assert.equal(body.toolConfig.functionCallingConfig.mode, 'AUTO')
  })

  test('a request without an API key is refused with a Google error', async ({ assert }) => {
    const error = await fake
      .client('')
      .models.generateContent({ model: MODEL, contents: 'Hi' })
      .then(
        () => undefined,
        (failure: unknown) => failure
      )

    assert.instanceOf(error, ApiError)
    assert.equal((error as ApiError).status, 403)
    const raw = await fetch(`${fake.baseUrl}/v1beta/models/${MODEL}:generateContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }] }),
    })
    assert.equal(raw.status, 403)
    const payload = (await raw.json()) as { error: Record<string, unknown> }
    assert.equal(payload.error.code, 403)
    assert.equal(payload.error.status, 'PERMISSION_DENIED')
    assert.isString(payload.error.message)
  })

  test('error turns, a fixed responder and a delay behave as configured', async ({ assert }) => {
    fake.queue({ error: { status: 429, message: 'Quota exceeded' } })
    const quota = await ai.models
      .generateContent({ model: MODEL, contents: 'Hi' })
      .catch((error: unknown) => error)
    assert.instanceOf(quota, ApiError)
    assert.equal((quota as ApiError).status, 429)

    fake.queue({ text: 'queued, but overridden' })
    fake.respondWith((request) => ({ text: `fixed answer for ${request.model}` }))
    fake.setDelay(150)
    const startedAt = performance.now()
    const response = await fake
      .client(undefined, 'v1beta')
      .models.generateContent({ model: MODEL, contents: 'Hi' })

    assert.isAtLeast(performance.now() - startedAt, 140)
    assert.equal(response.text, `fixed answer for ${MODEL}`)
    assert.equal(fake.requests.at(-1)?.apiVersion, 'v1beta')
    assert.equal(fake.pendingTurns(), 1)
  })

  test('a handler sees tools and function responses, for a full tool-use round trip', async ({
    assert,
  }) => {
    fake.respondWith((request) => {
      const lastPart = request.contents.at(-1)?.parts?.[0]
      if (lastPart?.functionResponse) {
        return { text: `Order status: ${String(lastPart.functionResponse.response?.status)}` }
      }
      const tool = request.tools[0]?.functionDeclarations?.[0]?.name
      return { functionCalls: [{ name: tool!, args: { orderId: 'A-17' } }] }
    })
    const config = { tools: [FIND_ORDER], systemInstruction: 'You are a shop assistant.' }
    const question = { role: 'user', parts: [{ text: 'Where is A-17?' }] }

    const first = await ai.models.generateContent({ model: MODEL, contents: [question], config })
    const call = first.functionCalls![0]
    assert.deepEqual(call, { name: 'find_order', args: { orderId: 'A-17' } })
    const second = await ai.models.generateContent({
      model: MODEL,
      contents: [
        question,
        first.candidates![0].content!,
        {
          role: 'user',
          parts: [{ functionResponse: { name: call.name, response: { status: 'shipped' } } }],
        },
      ],
      config,
    })

    assert.equal(second.text, 'Order status: shipped')
    assert.equal(fake.requests[1].contents[1].role, 'model')
    assert.equal(fake.requests[1].systemInstruction?.parts?.[0].text, 'You are a shop assistant.')
  })

  test('a streamed function call arrives whole in the last chunk', async ({ assert }) => {
    fake.queue({
      text: 'Let me look that up.',
      functionCalls: [{ name: 'find_order', args: { orderId: 'B-2' } }],
    })

    const stream = await ai.models.generateContentStream({
      model: MODEL,
      contents: 'Where is B-2?',
      config: { tools: [FIND_ORDER] },
    })
    const chunks: GenerateContentResponse[] = []
    for await (const chunk of stream) {
      chunks.push(chunk)
    }

    assert.isAtLeast(chunks.length, 2)
    assert.equal(
      chunks
        .slice(0, -1)
        .map((chunk) => chunk.text)
        .join(''),
      'Let me look that up.'
    )
    assert.deepEqual(chunks.at(-1)?.functionCalls, [
      { name: 'find_order', args: { orderId: 'B-2' } },
    ])
    assert.equal(chunks.at(-1)?.candidates?.[0].finishReason, 'STOP')
    assert.isAbove(chunks.at(-1)?.usageMetadata?.candidatesTokenCount ?? 0, 0)
  })

  test('server errors reach the SDK as ApiError, streamed or not', async ({ assert }) => {
    fake.queue({ error: { status: 500 } }, { error: { status: 429 } })

    const internal = await ai.models
      .generateContent({ model: MODEL, contents: 'Hi' })
      .catch((error: unknown) => error)
    assert.instanceOf(internal, ApiError)
    assert.equal((internal as ApiError).status, 500)
    assert.include((internal as ApiError).message, '"status":"INTERNAL"')
    const exhausted = await ai.models
      .generateContentStream({ model: MODEL, contents: 'Hi' })
      .catch((error: unknown) => error)
    assert.instanceOf(exhausted, ApiError)
    assert.equal((exhausted as ApiError).status, 429)
    assert.include((exhausted as ApiError).message, 'RESOURCE_EXHAUSTED')
  })

  test('embeddings are deterministic, sized as asked, and closer for similar texts', async ({
    assert,
  }) => {
    const texts = [
      'Refund policy for damaged parcels',
      'What is the refund policy for a damaged parcel?',
      'Opening hours of the bakery on Sunday',
    ]

    const response = await ai.models.embedContent({
      model: EMBEDDING_MODEL,
      contents: texts,
      config: { outputDimensionality: 64, taskType: 'RETRIEVAL_DOCUMENT' },
    })
    const vectors = response.embeddings!.map((embedding) => embedding.values!)

    assert.lengthOf(vectors, 3)
    assert.lengthOf(vectors[0], 64)
    assert.closeTo(Math.hypot(...vectors[0]), 1, 1e-9)
    assert.deepEqual(vectors[0], fakeEmbedding(texts[0], 64))
    assert.isAbove(cosineSimilarity(vectors[0], vectors[1]), 0.5)
    assert.isBelow(cosineSimilarity(vectors[0], vectors[2]), 0.3)
    assert.equal(fake.requests[0].method, 'batchEmbedContents')
    assert.equal(fake.requests[0].model, EMBEDDING_MODEL)
    const again = await ai.models.embedContent({ model: EMBEDDING_MODEL, contents: texts[0] })
    assert.lengthOf(again.embeddings![0].values!, 768)
    assert.deepEqual(again.embeddings![0].values, fakeEmbedding(texts[0], 768))
  })

  test('embedContent, which the SDK never calls, answers one embedding', async ({ assert }) => {
    const answer = await fetch(`${fake.baseUrl}/v1beta/models/${EMBEDDING_MODEL}:embedContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': 'any-key' },
      body: JSON.stringify({
        content: { parts: [{ text: 'Hello there' }] },
        outputDimensionality: 8,
      }),
    })

    assert.equal(answer.status, 200)
    const payload = (await answer.json()) as { embedding: { values: number[] } }
    assert.deepEqual(payload.embedding.values, fakeEmbedding('Hello there', 8))
  })
})

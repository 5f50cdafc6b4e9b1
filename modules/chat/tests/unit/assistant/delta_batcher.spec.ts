import { test } from '@japa/runner'
import { setTimeout as sleep } from 'node:timers/promises'
import { deltaBatcher } from '#modules/chat/assistant/delta_batcher'

test.group('Assistant: streamed pieces in batches', () => {
  test('the first piece goes out at once, later ones together', async ({ assert }) => {
    const sent: string[] = []
    const batcher = deltaBatcher((text) => sent.push(text), 20)
    batcher.push('Hello')
    assert.deepEqual(sent, ['Hello'])
    batcher.push(' there,')
    batcher.push(' how')
    assert.deepEqual(sent, ['Hello'])
    await sleep(40)
    assert.deepEqual(sent, ['Hello', ' there, how'])
    batcher.push(' can I help?')
    batcher.flush()
    assert.deepEqual(sent, ['Hello', ' there, how', ' can I help?'])
  })

  test('cancel drops what was gathered', async ({ assert }) => {
    const sent: string[] = []
    const batcher = deltaBatcher((text) => sent.push(text), 10)
    batcher.push('Hi')
    batcher.push(' secret')
    batcher.cancel()
    await sleep(30)
    assert.deepEqual(sent, ['Hi'])
  })
})

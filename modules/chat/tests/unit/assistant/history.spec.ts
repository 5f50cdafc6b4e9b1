import { test } from '@japa/runner'
import { historyContents } from '#modules/chat/assistant/history'

test.group('Assistant history', () => {
  test('the last messages of the window, from a customer message on', ({ assert }) => {
    const history = [
      { seq: 1, author: 'bot' as const, body: 'Welcome!' },
      { seq: 2, author: 'customer' as const, body: 'Hi' },
      { seq: 3, author: 'bot' as const, body: 'Hello, how can I help?' },
      { seq: 5, author: 'agent' as const, body: 'Sam here, from the team.' },
      { seq: 6, author: 'customer' as const, body: 'Where is my order?' },
    ]
    assert.deepEqual(historyContents(history, 20), [
      { role: 'user', parts: [{ text: 'Hi' }] },
      { role: 'model', parts: [{ text: 'Hello, how can I help?' }] },
      { role: 'model', parts: [{ text: 'Sam here, from the team.' }] },
      { role: 'user', parts: [{ text: 'Where is my order?' }] },
    ])
    assert.deepEqual(historyContents(history, 2), [
      { role: 'user', parts: [{ text: 'Where is my order?' }] },
    ])
  })
})

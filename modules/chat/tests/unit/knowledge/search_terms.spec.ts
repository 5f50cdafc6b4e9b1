import { test } from '@japa/runner'
import { searchTerms } from '#modules/chat/knowledge/search_terms'

test.group('Chat knowledge: search terms', () => {
  test('keeps the meaningful words of a question, once, in order', ({ assert }) => {
    assert.deepEqual(searchTerms("Hi! What's your RETURN policy for returns, policy?"), [
      'return',
      'policy',
      'returns',
    ])
    assert.deepEqual(searchTerms('Crème hydratante 50ml'), ['crème', 'hydratante', '50ml'])
  })

  test('finds nothing in small talk or punctuation', ({ assert }) => {
    assert.deepEqual(searchTerms('Hello, can you tell me?'), [])
    assert.deepEqual(searchTerms('?!… -- '), [])
  })

  test('searches at most ten words', ({ assert }) => {
    const words = Array.from({ length: 15 }, (_, index) => `word${index}`)
    assert.lengthOf(searchTerms(words.join(' ')), 10)
  })
})

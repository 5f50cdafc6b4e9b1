import { test } from '@japa/runner'
import { assistantAnswers, isDirectQuestion } from '#modules/chat/conversations/reply_policy'

test.group('Assistant reply policy', () => {
  test('recognises direct questions in the supported languages', ({ assert }) => {
    for (const question of [
      'Do you ship to Spain',
      'what is in the serum',
      'Is it vegan?',
      'Quel est le prix',
      'Où est ma commande',
      '¿Tienen envío gratis',
      'Cómo se usa',
      'Wie lange dauert der Versand',
      'Gibt es Rabatte',
      'ส่งฟรีไหม',
      'ราคาเท่าไหร่',
      'I wonder about the price?',
    ]) {
      assert.isTrue(isDirectQuestion(question), question)
    }
    for (const statement of [
      'Thanks!',
      'ok',
      'I will order tomorrow',
      'Merci beaucoup',
      'ขอบคุณ',
      '',
    ]) {
      assert.isFalse(isDirectQuestion(statement), statement)
    }
  })

  test('bot answers, a person silences it, passive answers questions only', ({ assert }) => {
    assert.isTrue(assistantAnswers({ mode: 'bot', status: 'open' }, 'thanks'))
    assert.isFalse(assistantAnswers({ mode: 'human', status: 'open' }, 'Where is my order?'))
    assert.isFalse(assistantAnswers({ mode: 'bot', status: 'waiting' }, 'Where is my order?'))
    assert.isFalse(assistantAnswers({ mode: 'passive', status: 'open' }, 'thanks'))
    assert.isTrue(assistantAnswers({ mode: 'passive', status: 'open' }, 'Where is my order?'))
  })
})

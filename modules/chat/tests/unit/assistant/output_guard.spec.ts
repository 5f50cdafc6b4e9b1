import { test } from '@japa/runner'
import { outputGuard } from '#modules/chat/assistant/output_guard'
import { ASSISTANT_RULES } from '#modules/chat/assistant/system_prompt'

test.group('Assistant output guard', () => {
  const guard = outputGuard(ASSISTANT_RULES)

  test('catches a verbatim run of the hidden text, whatever the case and punctuation', ({
    assert,
  }) => {
    const rule = ASSISTANT_RULES[2]
    assert.isTrue(guard.leaks(`Here you go: ${rule}`))
    assert.isTrue(guard.leaks(rule.toUpperCase().replaceAll(',', ' ;')))
    assert.isTrue(guard.leaks(rule.split(' ').slice(5, 16).join(' ')))
  })

  test('lets ordinary answers through, even on the same topics', ({ assert }) => {
    assert.isFalse(
      guard.leaks(
        'You can enter your address and pay on the checkout page: here is your link. I never ask for card numbers in the chat.'
      )
    )
    assert.isFalse(guard.leaks(ASSISTANT_RULES[2].split(' ').slice(0, 8).join(' ')))
  })
})

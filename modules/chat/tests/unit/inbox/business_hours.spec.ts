import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { describeOpening, isOpen, nextOpening } from '#modules/chat/settings/business_hours'

const weekdays = {
  enabled: true,
  days: {
    mon: { open: '09:00', close: '18:00' },
    fri: { open: '10:00', close: '16:00' },
  },
}
const zone = 'Europe/Paris'
// Friday 20 November 2026.
const at = (iso: string) => DateTime.fromISO(iso, { zone })

test.group('Chat business hours', () => {
  test('open within the day’s hours in the workspace’s time zone', ({ assert }) => {
    assert.isTrue(isOpen(weekdays, zone, at('2026-11-20T10:00')))
    assert.isFalse(isOpen(weekdays, zone, at('2026-11-20T16:00')))
    assert.isFalse(isOpen(weekdays, zone, at('2026-11-20T09:59')))
    // 09:30 UTC is 10:30 in Paris.
    assert.isTrue(isOpen(weekdays, zone, DateTime.fromISO('2026-11-20T09:30Z')))
    assert.isFalse(isOpen(weekdays, zone, at('2026-11-21T12:00')))
  })

  test('always open when business hours are off', ({ assert }) => {
    assert.isTrue(isOpen({ ...weekdays, enabled: false }, zone, at('2026-11-21T03:00')))
  })

  test('next opening: later today, or the next day with hours', ({ assert }) => {
    assert.equal(
      nextOpening(weekdays, zone, at('2026-11-20T08:00'))!.toISO(),
      at('2026-11-20T10:00').toISO()
    )
    const afterClosing = nextOpening(weekdays, zone, at('2026-11-20T17:00'))!
    assert.equal(afterClosing.toISO(), at('2026-11-23T09:00').toISO())
    assert.equal(describeOpening(afterClosing, at('2026-11-20T17:00')), 'Monday 09:00')
    assert.equal(describeOpening(at('2026-11-20T10:00'), at('2026-11-20T08:00')), 'today at 10:00')
    assert.equal(
      describeOpening(at('2026-11-23T09:00'), at('2026-11-22T20:00')),
      'tomorrow at 09:00'
    )
    assert.isNull(nextOpening({ enabled: true, days: {} }, zone, at('2026-11-20T08:00')))
  })
})

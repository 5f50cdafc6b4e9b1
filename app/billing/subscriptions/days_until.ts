import { DateTime } from 'luxon'

/** Whole days from now until `at` (a part of a day counts as one), never negative. */
export function daysUntil(at: DateTime) {
  return Math.max(0, Math.ceil(at.diff(DateTime.now(), 'days').days))
}

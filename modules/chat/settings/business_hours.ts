import { DateTime } from 'luxon'
import type { ChatSettings, Weekday } from '#modules/chat/settings/chat_settings'

type BusinessHours = ChatSettings['businessHours']

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

function at(day: DateTime, time: string) {
  const [hour, minute] = time.split(':').map(Number)
  return day.set({ hour, minute, second: 0, millisecond: 0 })
}

function hoursOn(hours: BusinessHours, day: DateTime) {
  const opening = hours.days[WEEKDAYS[day.weekday - 1]]
  if (!opening) return null
  return { open: at(day, opening.open), close: at(day, opening.close) }
}

/** Whether staff are at work at `now` (always, when business hours are off). */
export function isOpen(hours: BusinessHours, timezone: string, now: DateTime = DateTime.now()) {
  if (!hours.enabled) return true
  const local = now.setZone(timezone)
  const today = hoursOn(hours, local)
  return today !== null && local >= today.open && local < today.close
}

/** When staff are next at work after `now`, in the workspace's time zone; null if never. */
export function nextOpening(
  hours: BusinessHours,
  timezone: string,
  now: DateTime = DateTime.now()
) {
  const local = now.setZone(timezone)
  for (let offset = 0; offset <= 7; offset++) {
    const day = local.plus({ days: offset }).startOf('day')
    const opening = hoursOn(hours, day)
    if (opening && opening.open > local) return opening.open
  }
  return null
}

/** "today at 09:00", "tomorrow at 09:00", "Monday 09:00". */
export function describeOpening(opening: DateTime, now: DateTime = DateTime.now()) {
  const today = now.setZone(opening.zone).startOf('day')
  const day = opening.startOf('day')
  const time = opening.toFormat('HH:mm')
  if (day.equals(today)) return `today at ${time}`
  if (day.equals(today.plus({ days: 1 }))) return `tomorrow at ${time}`
  return `${opening.setLocale('en').toFormat('cccc')} ${time}`
}

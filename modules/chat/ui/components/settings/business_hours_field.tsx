import { Group, Stack, Switch, Text, TextInput } from '@mantine/core'
import type { AssistantSettings, Weekday } from './types'

const WEEKDAYS: { key: Weekday; label: string }[] = [
  { key: 'mon', label: 'Monday' },
  { key: 'tue', label: 'Tuesday' },
  { key: 'wed', label: 'Wednesday' },
  { key: 'thu', label: 'Thursday' },
  { key: 'fri', label: 'Friday' },
  { key: 'sat', label: 'Saturday' },
  { key: 'sun', label: 'Sunday' },
]

type Hours = AssistantSettings['businessHours']

/** When staff answer: outside these hours customers are told when someone will. */
export function BusinessHoursField({
  value,
  onChange,
  timezone,
  errors,
}: {
  value: Hours
  onChange: (next: Hours) => void
  timezone: string
  errors: Record<string, string>
}) {
  const setDay = (day: Weekday, hours: { open: string; close: string } | undefined) => {
    const days = { ...value.days }
    if (hours) days[day] = hours
    else delete days[day]
    onChange({ ...value, days })
  }
  return (
    <Stack gap="sm">
      <Switch
        label="Staff answer only during business hours"
        description={`Times are in the workspace time zone (${timezone}). Outside them, customers are told when a person will reply.`}
        checked={value.enabled}
        onChange={(event) => onChange({ ...value, enabled: event.currentTarget.checked })}
      />
      {value.enabled &&
        WEEKDAYS.map(({ key, label }) => {
          const hours = value.days[key]
          const prefix = `businessHours.days.${key}`
          return (
            <Group key={key} gap="sm" align="flex-start" wrap="wrap">
              <Switch
                w={150}
                mt={6}
                label={label}
                aria-label={`Open on ${label}`}
                checked={Boolean(hours)}
                onChange={(event) =>
                  setDay(
                    key,
                    event.currentTarget.checked ? { open: '09:00', close: '18:00' } : undefined
                  )
                }
              />
              {hours ? (
                <>
                  <TextInput
                    type="time"
                    aria-label={`${label} opens at`}
                    value={hours.open}
                    onChange={(event) => setDay(key, { ...hours, open: event.currentTarget.value })}
                    error={errors[`${prefix}.open`]}
                  />
                  <Text mt={6}>to</Text>
                  <TextInput
                    type="time"
                    aria-label={`${label} closes at`}
                    value={hours.close}
                    onChange={(event) =>
                      setDay(key, { ...hours, close: event.currentTarget.value })
                    }
                    error={errors[`${prefix}.close`]}
                  />
                </>
              ) : (
                <Text mt={6} c="dimmed">
                  Closed
                </Text>
              )}
            </Group>
          )
        })}
    </Stack>
  )
}

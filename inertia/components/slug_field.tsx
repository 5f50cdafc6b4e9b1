import { useEffect, useState } from 'react'
import { Loader, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconCheck, IconX } from '@tabler/icons-react'

type Availability = { slug: string; available: boolean; reason: string | null }

/**
 * The workspace web address, checked for availability while typing.
 */
export function SlugField({
  value,
  onChange,
  error,
  platformDomain,
  current,
}: {
  value: string
  onChange: (value: string) => void
  error?: string
  platformDomain: string
  current?: string
}) {
  const [debounced] = useDebouncedValue(value, 350)
  const [result, setResult] = useState<Availability | null>(null)
  const needsCheck = Boolean(debounced) && debounced !== current

  useEffect(() => {
    if (!needsCheck) {
      return
    }
    const controller = new AbortController()
    fetch(`/onboarding/slug-availability?slug=${encodeURIComponent(debounced)}`, {
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => body && setResult({ slug: debounced, ...body }))
      .catch(() => {})
    return () => controller.abort()
  }, [debounced, needsCheck])

  const checking = needsCheck && (result?.slug !== value || debounced !== value)
  const availability = needsCheck && !checking && result?.slug === value ? result : null
  return (
    <TextInput
      label="Web address"
      name="slug"
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value.toLowerCase())}
      description={`Your shop will be at ${value || 'your-shop'}.${platformDomain}`}
      error={error ?? (availability && !availability.available ? availability.reason : undefined)}
      rightSection={
        checking ? (
          <Loader size={14} aria-label="Checking" />
        ) : availability?.available ? (
          <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label="Available" />
        ) : availability ? (
          <IconX size={16} color="var(--mantine-color-red-6)" aria-label="Not available" />
        ) : null
      }
    />
  )
}

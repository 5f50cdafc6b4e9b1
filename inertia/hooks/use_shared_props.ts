import { usePage } from '@inertiajs/react'
import type { Data } from '@generated/data'

export function useSharedProps() {
  return usePage().props as unknown as Data.SharedProps
}

export type Shell = NonNullable<Data.SharedProps['shell']>

import { useState } from 'react'
import { router } from '@inertiajs/react'
import { Group, Pagination, Text } from '@mantine/core'

export type ListPagination = { page: number; lastPage: number; total: number }

/**
 * The filters of a list page, kept in the query string: `apply(page)`
 * reloads the list with the current filters (empty ones left out).
 */
export function useListFilters<Filters extends Record<string, string>>(
  url: string,
  initial: Filters
) {
  const [filters, setFilters] = useState(initial)
  const apply = (page = 1) =>
    router.get(
      url,
      Object.fromEntries(
        Object.entries({ ...filters, page: page > 1 ? String(page) : '' }).filter(
          ([, value]) => value
        )
      ),
      { preserveState: true, preserveScroll: true }
    )
  return { filters, setFilters, apply }
}

/** "12 customers" and the page picker under a list. */
export function ListFooter({
  pagination,
  noun,
  onPage,
}: {
  pagination: ListPagination
  noun: [singular: string, plural: string]
  onPage: (page: number) => void
}) {
  return (
    <Group justify="space-between" mt="md">
      <Text fz="sm" c="dimmed">
        {pagination.total} {pagination.total === 1 ? noun[0] : noun[1]}
      </Text>
      {pagination.lastPage > 1 && (
        <Pagination total={pagination.lastPage} value={pagination.page} onChange={onPage} />
      )}
    </Group>
  )
}

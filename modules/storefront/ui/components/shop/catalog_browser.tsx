import { useState } from 'react'
import { router } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Box,
  Button,
  Checkbox,
  Drawer,
  Grid,
  Group,
  NativeSelect,
  Pagination,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconAdjustmentsHorizontal } from '@tabler/icons-react'
import { ProductGrid } from './product_card'
import { formatMoney } from '~/lib/money'
import type { CatalogFacets, CatalogFilters, CatalogResults } from './types'

const SORT_LABELS: Record<string, string> = {
  relevance: 'Best match',
  newest: 'Newest',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  rating: 'Best rated',
}

/** The listing's query string for a set of filters (page 1 unless given). */
export function listingUrl(path: string, filters: CatalogFilters, page = 1) {
  const params = new URLSearchParams()
  if (filters.q) params.set('q', filters.q)
  if (filters.sort) params.set('sort', filters.sort)
  for (const [key, values] of Object.entries(filters.attributes)) {
    for (const value of values) params.append(`attr[${key}][]`, value)
  }
  if (filters.min) params.set('min', filters.min)
  if (filters.max) params.set('max', filters.max)
  if (filters.inStock) params.set('in_stock', '1')
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

function FilterPanel({
  path,
  filters,
  facets,
  currency,
}: {
  path: string
  filters: CatalogFilters
  facets: CatalogFacets
  currency: string
}) {
  const [min, setMin] = useState(filters.min)
  const [max, setMax] = useState(filters.max)
  const go = (next: CatalogFilters) =>
    router.get(listingUrl(path, next), {}, { preserveScroll: true })
  const toggle = (key: string, value: string, checked: boolean) => {
    const current = filters.attributes[key] ?? []
    const values = checked ? [...current, value] : current.filter((item) => item !== value)
    go({ ...filters, attributes: { ...filters.attributes, [key]: values } })
  }
  return (
    <Stack gap="lg" component="section" aria-label="Filters">
      <Checkbox
        label={`In stock only (${facets.inStockCount})`}
        checked={filters.inStock}
        onChange={(event) => go({ ...filters, inStock: event.currentTarget.checked })}
      />
      {facets.attributes.map((facet) => (
        <Box key={facet.key} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={700} fz="sm" mb={6}>
            {facet.label}
          </Text>
          <Stack gap={6}>
            {facet.options.map((option) => (
              <Checkbox
                key={option.value}
                label={`${option.value} (${option.count})`}
                checked={option.selected}
                onChange={(event) => toggle(facet.key, option.value, event.currentTarget.checked)}
                data-facet={`${facet.key}:${option.value}`}
              />
            ))}
          </Stack>
        </Box>
      ))}
      <form
        onSubmit={(event) => {
          event.preventDefault()
          go({ ...filters, min, max })
        }}
      >
        <Text component="h3" fw={700} fz="sm" mb={6}>
          Price
        </Text>
        {facets.priceMinMinor !== null && facets.priceMaxMinor !== null && (
          <Text fz="xs" c="dimmed" mb={6}>
            From {formatMoney(facets.priceMinMinor, currency)} to{' '}
            {formatMoney(facets.priceMaxMinor, currency)}
          </Text>
        )}
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Min"
            inputMode="decimal"
            value={min}
            onChange={(event) => setMin(event.currentTarget.value)}
            w={80}
          />
          <TextInput
            label="Max"
            inputMode="decimal"
            value={max}
            onChange={(event) => setMax(event.currentTarget.value)}
            w={80}
          />
          <Button type="submit" variant="default">
            Apply
          </Button>
        </Group>
      </form>
    </Stack>
  )
}

/**
 * A product listing with filters (attributes, price, stock), sorting,
 * counts and pages: the category and search pages.
 */
export function CatalogBrowser({
  path,
  basePath,
  results,
  facets,
  filters,
  currency,
  emptyMessage,
}: {
  path: string
  basePath: string
  results: CatalogResults
  facets: CatalogFacets
  filters: CatalogFilters
  currency: string
  emptyMessage: string
}) {
  const [filtersOpen, setFiltersOpen] = useState(false)
  const panel = <FilterPanel path={path} filters={filters} facets={facets} currency={currency} />
  const sortOptions = Object.entries(SORT_LABELS)
    .filter(([value]) => value !== 'relevance' || filters.q)
    .map(([value, label]) => ({ value, label }))
  const anyFilter =
    filters.inStock ||
    filters.min ||
    filters.max ||
    Object.values(filters.attributes).some((values) => values.length > 0)
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 3 }} visibleFrom="md">
        {panel}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Group justify="space-between" mb="md" wrap="wrap">
          <Text aria-live="polite" data-result-count={results.total}>
            {results.total} {results.total === 1 ? 'product' : 'products'}
          </Text>
          <Group gap="sm">
            <Button
              hiddenFrom="md"
              variant="default"
              leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden="true" />}
              onClick={() => setFiltersOpen(true)}
            >
              Filters
            </Button>
            <NativeSelect
              aria-label="Sort by"
              data={sortOptions}
              value={filters.sort ?? (filters.q ? 'relevance' : 'newest')}
              onChange={(event) =>
                router.get(listingUrl(path, { ...filters, sort: event.currentTarget.value }))
              }
            />
          </Group>
        </Group>
        <Drawer opened={filtersOpen} onClose={() => setFiltersOpen(false)} title="Filters">
          {panel}
        </Drawer>
        {results.products.length === 0 ? (
          <Stack align="flex-start" py="xl">
            <Title order={2} fz="lg">
              Nothing found
            </Title>
            <Text c="dimmed">{emptyMessage}</Text>
            {anyFilter && (
              <Button
                component={Link}
                href={listingUrl(path, {
                  ...filters,
                  attributes: {},
                  min: '',
                  max: '',
                  inStock: false,
                })}
                variant="default"
              >
                Clear filters
              </Button>
            )}
          </Stack>
        ) : (
          <ProductGrid products={results.products} basePath={basePath} />
        )}
        {results.lastPage > 1 && (
          <Group justify="center" mt="xl">
            <Pagination
              total={results.lastPage}
              value={results.page}
              getItemProps={(page) => ({
                component: Link,
                href: listingUrl(path, filters, page),
              })}
              getControlProps={(control) => {
                const target =
                  control === 'first'
                    ? 1
                    : control === 'last'
                      ? results.lastPage
                      : control === 'next'
                        ? Math.min(results.page + 1, results.lastPage)
                        : Math.max(results.page - 1, 1)
                return { component: Link, href: listingUrl(path, filters, target) }
              }}
            />
          </Group>
        )}
      </Grid.Col>
    </Grid>
  )
}

import { useState } from 'react'
import { Head, router } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Image,
  Menu,
  NumberInput,
  Pagination,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { modals } from '@mantine/modals'
import {
  IconDownload,
  IconFilter,
  IconPackage,
  IconPlus,
  IconSearch,
  IconUpload,
} from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { useSharedProps } from '~/hooks/use_shared_props'
import { CatalogTabs } from '../../../components/catalog/catalog_tabs'
import { formatMoney } from '~/lib/money'
import {
  STATUS_COLORS,
  STATUS_OPTIONS,
  type StatusValue,
} from '../../../components/catalog/product_status'

type ProductRow = {
  id: string
  name: string
  slug: string
  status: StatusValue
  priceMinor: number
  currency: string
  sku: string | null
  stockAvailable: number
  trackInventory: boolean
  lowStock: boolean
  category: string | null
  thumbnailUrl: string | null
}

type CategoryOption = { id: string; name: string; depth: number }

function PriceChange({
  currency,
  onApply,
}: {
  currency: string
  onApply: (mode: 'percent' | 'fixed', value: number) => void
}) {
  const [mode, setMode] = useState<'percent' | 'fixed'>('percent')
  const [value, setValue] = useState<number | string>(10)
  return (
    <Stack>
      <SegmentedControl
        value={mode}
        onChange={(next) => setMode(next as 'percent' | 'fixed')}
        data={[
          { value: 'percent', label: 'By percentage' },
          { value: 'fixed', label: `By amount (${currency})` },
        ]}
      />
      <NumberInput
        label={mode === 'percent' ? 'Change in %' : `Change in ${currency}`}
        description="Negative numbers lower prices."
        value={value}
        onChange={setValue}
        decimalScale={2}
        data-autofocus
      />
      <Button
        onClick={() => {
          modals.closeAll()
          onApply(mode, Number(value))
        }}
        disabled={value === '' || Number(value) === 0}
      >
        Change prices
      </Button>
    </Stack>
  )
}

export default function ProductsIndex(props: {
  products: ProductRow[]
  pagination: { page: number; lastPage: number; total: number; perPage: number }
  filters: { q: string; status: string; category: string }
  categories: CategoryOption[]
  currency: string
  canManage: boolean
}) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/storefront`
  const [filters, setFilters] = useState(props.filters)
  const [selected, setSelected] = useState<string[]>([])
  const query = (page = 1) =>
    Object.fromEntries(
      Object.entries({ ...filters, page: page > 1 ? String(page) : '' }).filter(([, v]) => v)
    )
  const apply = (page = 1) =>
    router.get(`${base}/products`, query(page), { preserveState: true, preserveScroll: true })
  const allOnPage = props.products.length > 0 && selected.length === props.products.length
  const bulk = (data: Record<string, unknown>) =>
    router.post(
      `${base}/products/bulk`,
      { ids: selected, ...data },
      { preserveScroll: true, onSuccess: () => setSelected([]) }
    )
  const exportUrl = `${base}/products/export.csv?${new URLSearchParams(query()).toString()}`

  return (
    <AppLayout>
      <Head title="Products" />
      <PageHeader
        title="Products"
        description="Everything your shop sells, with prices, variants and stock."
        actions={
          <>
            <Button
              component="a"
              href={exportUrl}
              variant="default"
              leftSection={<IconDownload size={16} />}
            >
              Export CSV
            </Button>
            {props.canManage && (
              <>
                <Button
                  component={Link}
                  href={`${base}/product-imports`}
                  variant="default"
                  leftSection={<IconUpload size={16} />}
                >
                  Import CSV
                </Button>
                <Button
                  component={Link}
                  href={`${base}/products/new`}
                  leftSection={<IconPlus size={16} />}
                >
                  New product
                </Button>
              </>
            )}
          </>
        }
      />
      <CatalogTabs active="products" canManage={props.canManage} />
      <Card withBorder padding="md" mb="md">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            apply()
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label="Search"
              placeholder="Name, SKU, tag…"
              leftSection={<IconSearch size={16} />}
              value={filters.q}
              onChange={(event) => setFilters({ ...filters, q: event.currentTarget.value })}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Select
              label="Status"
              placeholder="Any status"
              clearable
              data={STATUS_OPTIONS}
              value={filters.status || null}
              onChange={(value) => setFilters({ ...filters, status: value ?? '' })}
              w={160}
            />
            <Select
              label="Category"
              placeholder="Any category"
              clearable
              searchable
              data={props.categories.map((category) => ({
                value: category.id,
                label: `${'— '.repeat(category.depth)}${category.name}`,
              }))}
              value={filters.category || null}
              onChange={(value) => setFilters({ ...filters, category: value ?? '' })}
              w={220}
            />
            <Button type="submit" variant="light" leftSection={<IconFilter size={16} />}>
              Filter
            </Button>
          </Group>
        </form>
      </Card>

      {props.canManage && selected.length > 0 && (
        <Card withBorder padding="sm" mb="md" bg="var(--mantine-color-default-hover)">
          <Group justify="space-between">
            <Text fz="sm" fw={600}>
              {selected.length} selected
            </Text>
            <Group gap="xs">
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button size="xs" variant="default">
                    Set status
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {STATUS_OPTIONS.map((option) => (
                    <Menu.Item
                      key={option.value}
                      onClick={() => bulk({ action: 'status', status: option.value })}
                    >
                      {option.label}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
              <Button
                size="xs"
                variant="default"
                onClick={() =>
                  modals.open({
                    title: `Change the prices of ${selected.length} product(s)`,
                    children: (
                      <PriceChange
                        currency={props.currency}
                        onApply={(mode, value) =>
                          bulk({ action: 'price', price_mode: mode, price_value: value })
                        }
                      />
                    ),
                  })
                }
              >
                Change prices
              </Button>
            </Group>
          </Group>
        </Card>
      )}

      <Card withBorder padding={0}>
        {props.products.length === 0 ? (
          <Stack align="center" py={48} gap="xs">
            <IconPackage size={40} stroke={1.2} />
            <Text fw={600}>
              {Object.values(props.filters).some(Boolean)
                ? 'No product matches these filters.'
                : 'No products yet.'}
            </Text>
            {props.canManage && !Object.values(props.filters).some(Boolean) && (
              <Text c="dimmed" fz="sm">
                Create your first product or import a CSV.
              </Text>
            )}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  {props.canManage && (
                    <Table.Th w={40}>
                      <Checkbox
                        aria-label="Select all products on this page"
                        checked={allOnPage}
                        indeterminate={selected.length > 0 && !allOnPage}
                        onChange={() =>
                          setSelected(allOnPage ? [] : props.products.map((product) => product.id))
                        }
                      />
                    </Table.Th>
                  )}
                  <Table.Th>Product</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Category</Table.Th>
                  <Table.Th ta="right">Price</Table.Th>
                  <Table.Th ta="right">Stock</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.products.map((product) => (
                  <Table.Tr key={product.id} data-product={product.slug}>
                    {props.canManage && (
                      <Table.Td>
                        <Checkbox
                          aria-label={`Select ${product.name}`}
                          checked={selected.includes(product.id)}
                          onChange={(event) =>
                            setSelected(
                              event.currentTarget.checked
                                ? [...selected, product.id]
                                : selected.filter((id) => id !== product.id)
                            )
                          }
                        />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        {product.thumbnailUrl ? (
                          <Image src={product.thumbnailUrl} alt="" w={40} h={40} radius="sm" />
                        ) : (
                          <Stack w={40} h={40} align="center" justify="center">
                            <IconPackage size={20} stroke={1.2} />
                          </Stack>
                        )}
                        <div>
                          <Anchor
                            component={Link}
                            href={`${base}/products/${product.id}/edit`}
                            fw={600}
                          >
                            {product.name}
                          </Anchor>
                          {product.sku && (
                            <Text fz="xs" c="dimmed">
                              SKU {product.sku}
                            </Text>
                          )}
                        </div>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLORS[product.status]}>
                        {product.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{product.category ?? <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td ta="right">
                      {formatMoney(product.priceMinor, product.currency)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {product.trackInventory ? (
                        <Text
                          c={product.lowStock ? 'red' : undefined}
                          fw={product.lowStock ? 600 : undefined}
                        >
                          {product.stockAvailable}
                          {product.lowStock && ' · low'}
                        </Text>
                      ) : (
                        <Text c="dimmed">Not tracked</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Group justify="space-between" mt="md">
        <Text fz="sm" c="dimmed">
          {props.pagination.total} products
        </Text>
        {props.pagination.lastPage > 1 && (
          <Pagination
            total={props.pagination.lastPage}
            value={props.pagination.page}
            onChange={apply}
          />
        )}
      </Group>
    </AppLayout>
  )
}

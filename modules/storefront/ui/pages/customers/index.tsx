import { Head } from '@inertiajs/react'
import { Anchor, Badge, Button, Card, Group, Select, Table, Text, TextInput } from '@mantine/core'
import { IconFilter, IconSearch } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { useSharedProps } from '~/hooks/use_shared_props'
import { formatMoney } from '~/lib/money'
import { ListFooter, useListFilters } from '~/components/filtered_list'

type CustomerRow = {
  id: string
  name: string
  email: string
  createdAt: string
  erased: boolean
  tags: string[]
  marketingConsent: boolean
  ordersCount: number
  spentMinor: number
  lastOrderAt: string | null
}

export default function CustomersIndex(props: {
  customers: CustomerRow[]
  pagination: { page: number; lastPage: number; total: number }
  filters: { q: string; tag: string; consent: string }
  tags: string[]
}) {
  const { shell } = useSharedProps()
  const currency = shell?.workspace.currency ?? 'EUR'
  const base = `/app/${shell?.workspace.slug}/storefront/customers`
  const { filters, setFilters, apply } = useListFilters(base, props.filters)
  const filtered = Object.values(props.filters).some(Boolean)

  return (
    <AppLayout>
      <Head title="Customers" />
      <PageHeader
        title="Customers"
        description="People with an account in your shop, what they bought and what they agreed to."
      />
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
              placeholder="Name or email"
              leftSection={<IconSearch size={16} />}
              value={filters.q}
              onChange={(event) => setFilters({ ...filters, q: event.currentTarget.value })}
              w={260}
            />
            <Select
              label="Tag"
              placeholder="Any tag"
              clearable
              searchable
              data={props.tags}
              value={filters.tag || null}
              onChange={(value) => setFilters({ ...filters, tag: value ?? '' })}
              w={180}
            />
            <Select
              label="Marketing consent"
              placeholder="Anyone"
              clearable
              data={[
                { value: 'yes', label: 'Agreed to marketing' },
                { value: 'no', label: 'No consent' },
              ]}
              value={filters.consent || null}
              onChange={(value) => setFilters({ ...filters, consent: value ?? '' })}
              w={200}
            />
            <Button type="submit" leftSection={<IconFilter size={16} />}>
              Filter
            </Button>
          </Group>
        </form>
      </Card>
      <Card withBorder padding={0}>
        {props.customers.length === 0 ? (
          <Text c="dimmed" p="lg">
            {filtered
              ? 'No customers match these filters.'
              : 'No customers yet. They appear here when they create an account in your shop.'}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Customer</Table.Th>
                  <Table.Th>Tags</Table.Th>
                  <Table.Th>Marketing</Table.Th>
                  <Table.Th ta="right">Orders</Table.Th>
                  <Table.Th ta="right">Total spent</Table.Th>
                  <Table.Th>Last order</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.customers.map((customer) => (
                  <Table.Tr key={customer.id}>
                    <Table.Td>
                      <Anchor component={Link} href={`${base}/${customer.id}`} fw={500} fz="sm">
                        {customer.name}
                      </Anchor>
                      <Text fz="xs" c="dimmed">
                        {customer.erased ? 'Personal data erased' : customer.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {customer.tags.map((tag) => (
                          <Badge key={tag} variant="light" size="sm">
                            {tag}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {customer.marketingConsent ? (
                        <Badge color="green" variant="light" size="sm">
                          Subscribed
                        </Badge>
                      ) : (
                        <Text fz="xs" c="dimmed">
                          No
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{customer.ordersCount}</Table.Td>
                    <Table.Td ta="right">{formatMoney(customer.spentMinor, currency)}</Table.Td>
                    <Table.Td>
                      {customer.lastOrderAt
                        ? new Date(customer.lastOrderAt).toLocaleDateString()
                        : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <ListFooter pagination={props.pagination} noun={['customer', 'customers']} onPage={apply} />
    </AppLayout>
  )
}

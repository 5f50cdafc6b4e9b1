import { Link } from '@adonisjs/inertia/react'
import { Anchor, Group, Pagination, Table, Text } from '@mantine/core'
import { ShopLayout } from '~/layouts/shop_layout'
import { ShopHead } from '../../../components/shop/shop_head'
import { AccountFrame } from '../../../components/shop/account_nav'
import { formatMoney } from '~/lib/money'
import { OrderStatusBadge } from '../../../components/shop/order_status'
import type { SeoMeta, ShopBrand } from '../../../components/shop/types'

type OrderRow = {
  number: number
  placedAt: string
  status: string
  paymentStatus: string
  fulfillmentStatus: string
  totalMinor: number
  currency: string
}

export default function AccountOrders({
  shop,
  seo,
  orders,
  pagination,
}: {
  shop: ShopBrand
  seo: SeoMeta
  orders: OrderRow[]
  pagination: { page: number; lastPage: number; total: number }
}) {
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={seo} siteName={shop.name} />
      <AccountFrame basePath={shop.basePath} title="Your orders">
        {orders.length === 0 ? (
          <Text c="dimmed">You have not ordered anything yet.</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Order</Table.Th>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Total</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {orders.map((order) => (
                  <Table.Tr key={order.number}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        href={`${shop.basePath}/account/orders/${order.number}`}
                      >
                        #{order.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {new Date(order.placedAt).toLocaleDateString('en-GB', {
                        dateStyle: 'medium',
                      })}
                    </Table.Td>
                    <Table.Td>
                      <OrderStatusBadge status={order.status} />
                    </Table.Td>
                    <Table.Td ta="right">{formatMoney(order.totalMinor, order.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {pagination.lastPage > 1 && (
          <Group justify="center">
            <Pagination
              total={pagination.lastPage}
              value={pagination.page}
              getItemProps={(page) => ({
                component: Link,
                href: `${shop.basePath}/account/orders?page=${page}`,
              })}
            />
          </Group>
        )}
      </AccountFrame>
    </ShopLayout>
  )
}

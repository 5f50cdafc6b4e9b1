/**
 * What staff of other modules may see about a shop customer (the chat
 * inbox's sidebar): identity, totals and recent orders. Bound by the
 * storefront module; works in the current tenant scope.
 */
export interface DirectoryOrder {
  id: string
  number: string
  status: string
  paymentStatus: string
  totalMinor: number
  currency: string
  placedAt: string
}

export interface DirectoryCustomer {
  id: string
  name: string
  email: string
  erased: boolean
  ordersCount: number
  spentMinor: number
  createdAt: string
  recentOrders: DirectoryOrder[]
}

export abstract class CustomerDirectory {
  /** The customer with their `orderLimit` latest orders, or null when not in this workspace. */
  abstract find(customerId: string, orderLimit?: number): Promise<DirectoryCustomer | null>
}

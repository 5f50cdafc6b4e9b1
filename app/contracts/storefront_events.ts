/**
 * Domain events of the storefront module.
 */
export interface StorefrontEvents {
  'storefront.product.created': { productId: string }
  'storefront.product.updated': { productId: string }
  'storefront.product.deleted': { productId: string }
  'storefront.product.low_stock': { productId: string; variantId: string; available: number }
  'storefront.order.placed': {
    orderId: string
    customerId: string | null
    /** The cart the order was checked out from. */
    cartId: string | null
    totalMinor: number
    currency: string
    source: string
  }
  'storefront.order.paid': { orderId: string }
  'storefront.order.fulfilled': { orderId: string }
  'storefront.order.cancelled': { orderId: string }
  'storefront.order.refunded': { orderId: string; refundId: string; amountMinor: number }
  'storefront.customer.created': { customerId: string }
  'storefront.newsletter.subscribed': { subscriberId: string }
  'storefront.review.submitted': { reviewId: string; productId: string }
}

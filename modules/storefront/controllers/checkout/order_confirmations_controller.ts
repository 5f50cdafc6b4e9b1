import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { publicFileUrl } from '#kernel/files/image_upload'
import Order from '#modules/storefront/models/order'
import OrderItem from '#modules/storefront/models/order_item'
import { shopSettings } from '#modules/storefront/settings/shop_settings'
import { paymentMethodLabel } from '#modules/storefront/checkout/payment_labels'
import { mayViewOrder, rememberOrder } from '#modules/storefront/controllers/checkout/order_access'
import { shopBrand } from '#modules/storefront/shop/shop_chrome'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The order a buyer may see, or a 404 (for anyone else, it does not exist). */
export async function viewableOrder(ctx: HttpContext) {
  const id = String(ctx.params.id)
  const order = UUID.test(id) ? await Order.find(id) : null
  if (!order || !mayViewOrder(ctx, order)) {
    throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
  }
  return order
}

/** "Thank you": the order as placed, and how to pay when it is not paid yet. */
export default class OrderConfirmationsController {
  async show(ctx: HttpContext) {
    const order = await viewableOrder(ctx)
    rememberOrder(ctx, order.id)
    const items = await OrderItem.query().where('order_id', order.id).orderBy('name')
    const settings = await shopSettings()
    const unpaid = order.paymentStatus === 'unpaid' && order.status === 'pending'
    return ctx.inertia.render('storefront/checkout/confirmation', {
      shop: await shopBrand(ctx),
      order: {
        id: order.id,
        number: order.number,
        email: order.email,
        customerName: order.customerName,
        status: order.status,
        paymentStatus: order.paymentStatus,
        paymentMethod: order.paymentMethod,
        paymentMethodLabel: paymentMethodLabel(order.paymentMethod),
        currency: order.currency,
        pricesIncludeTax: order.pricesIncludeTax,
        subtotalMinor: order.subtotalMinor,
        discountMinor: order.discountMinor,
        discountCode: order.discountCode,
        shippingMinor: order.shippingMinor,
        shippingMethod: order.shippingMethod,
        taxMinor: order.taxMinor,
        totalMinor: order.totalMinor,
        shippingAddress: order.shippingAddress,
        placedAt: order.placedAt.toISO()!,
        items: items.map((item) => ({
          id: item.id,
          name: item.name,
          variantTitle: item.variantTitle,
          quantity: item.quantity,
          totalMinor: item.totalMinor,
          imageUrl: publicFileUrl(item.imagePath),
        })),
      },
      bankInstructions:
        unpaid && order.paymentMethod === 'bank_transfer'
          ? settings.payments.bankTransfer.instructions
          : null,
      canPayByCard: unpaid && order.paymentMethod === 'stripe',
      payNow: unpaid && order.paymentMethod === 'stripe' && ctx.request.qs().pay === '1',
      confirmingPayment:
        unpaid && order.paymentMethod === 'stripe' && ctx.request.qs().paid === '1',
    })
  }
}

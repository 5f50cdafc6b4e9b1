import type { HttpContext } from '@adonisjs/core/http'
import Customer from '#kernel/identity/models/customer'
import Order from '#modules/storefront/models/order'
import { listOrders, orderSummary } from '#modules/storefront/orders/list_orders'
import { orderDetails } from '#modules/storefront/orders/order_details'
import {
  addStaffNote,
  cancelOrder,
  fulfilOrder,
  markOrderDelivered,
  OrderTransitionRefused,
} from '#modules/storefront/orders/order_workflow'
import { refundOrder } from '#modules/storefront/orders/refund_order'
import { markOrderPaid } from '#modules/storefront/orders/mark_paid'
import { renderInvoicePdf } from '#modules/storefront/orders/invoice_pdf'
import {
  cancelOrderValidator,
  fulfilOrderValidator,
  markPaidValidator,
  orderFiltersValidator,
  orderNoteValidator,
  refundOrderValidator,
} from '#modules/storefront/validators/orders'

export default class OrdersController {
  async index({ bouncer, request, inertia }: HttpContext) {
    await bouncer.authorize('can', 'storefront.orders.view')
    const filters = await request.validateUsing(orderFiltersValidator, { data: request.qs() })
    const page = await listOrders(filters)
    const customer = filters.customer ? await Customer.find(filters.customer) : null
    return inertia.render('storefront/orders/index', {
      orders: page.all().map(orderSummary),
      pagination: { page: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: {
        q: filters.q ?? '',
        status: filters.status ?? '',
        payment: filters.payment ?? '',
        fulfilment: filters.fulfilment ?? '',
        customer: filters.customer ?? '',
        from: request.qs().from ?? '',
        to: request.qs().to ?? '',
        min_total: filters.min_total ?? '',
        max_total: filters.max_total ?? '',
      },
      customer: customer ? { id: customer.id, name: customer.name, email: customer.email } : null,
    })
  }

  async show({ bouncer, params, inertia }: HttpContext) {
    await bouncer.authorize('can', 'storefront.orders.view')
    return inertia.render('storefront/orders/show', { order: await orderDetails(params.id) })
  }

  async markPaid({ bouncer, params, request, member, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.orders.manage')
    const { note } = await request.validateUsing(markPaidValidator)
    const order = await Order.findOrFail(params.id)
    if (order.paymentStatus !== 'unpaid') {
      throw new OrderTransitionRefused(`Order #${order.number} is already paid.`)
    }
    await markOrderPaid(order.id, { userId: member!.user.id, note })
    session.flash('success', `Order #${order.number} is marked as paid.`)
    return response.redirect().back()
  }

  async fulfil({ bouncer, params, request, member, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.orders.manage')
    const order = await Order.findOrFail(params.id)
    const input = await request.validateUsing(fulfilOrderValidator)
    await fulfilOrder(
      order.id,
      {
        carrier: input.carrier,
        trackingNumber: input.tracking_number,
        trackingUrl: input.tracking_url ?? null,
      },
      { userId: member!.user.id }
    )
    session.flash('success', `Order #${order.number} is fulfilled; the customer was emailed.`)
    return response.redirect().back()
  }

  async deliver({ bouncer, params, member, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.orders.manage')
    const order = await Order.findOrFail(params.id)
    await markOrderDelivered(order.id, { userId: member!.user.id })
    session.flash('success', `Order #${order.number} is delivered.`)
    return response.redirect().back()
  }

  async cancel({ bouncer, params, request, member, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.orders.manage')
    const order = await Order.findOrFail(params.id)
    const { reason } = await request.validateUsing(cancelOrderValidator)
    await cancelOrder(order.id, reason ?? null, { userId: member!.user.id })
    session.flash('success', `Order #${order.number} is cancelled and its items are back in stock.`)
    return response.redirect().back()
  }

  async refund({ bouncer, params, request, member, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.orders.refund')
    const order = await Order.findOrFail(params.id)
    const input = await request.validateUsing(refundOrderValidator)
    await refundOrder(
      order.id,
      {
        amountMinor: input.amount_minor,
        restock: input.restock,
        reason: input.reason ?? null,
        lines: input.lines?.map((line) => ({
          orderItemId: line.order_item_id,
          quantity: line.quantity,
        })),
      },
      { userId: member!.user.id }
    )
    session.flash('success', `Refund recorded on order #${order.number}.`)
    return response.redirect().back()
  }

  async note({ bouncer, params, request, member, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.orders.manage')
    const order = await Order.findOrFail(params.id)
    const { note } = await request.validateUsing(orderNoteValidator)
    await addStaffNote(order.id, note, { userId: member!.user.id })
    session.flash('success', 'Note added.')
    return response.redirect().back()
  }

  async invoice({ bouncer, params, tenant, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.orders.view')
    const order = await orderDetails(params.id)
    const pdf = await renderInvoicePdf(order, tenant!)
    response.header('content-type', 'application/pdf')
    response.header('content-disposition', `inline; filename="invoice-${order.number}.pdf"`)
    return response.send(pdf)
  }
}

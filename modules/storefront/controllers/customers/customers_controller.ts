import type { HttpContext } from '@adonisjs/core/http'
import Customer from '#kernel/identity/models/customer'
import { eraseCustomerData, exportCustomerData } from '#kernel/modules/module_privacy'
import { recordAuditEvent, requestAuditContext } from '#kernel/audit/record_audit_event'
import { fieldError } from '#kernel/validation/field_error'
import CustomerAddress from '#modules/storefront/models/customer_address'
import CustomerProfile from '#modules/storefront/models/customer_profile'
import Order from '#modules/storefront/models/order'
import {
  customerTagsInUse,
  customerWithTotals,
  listCustomers,
} from '#modules/storefront/customers/list_customers'
import { orderSummary } from '#modules/storefront/orders/list_orders'
import {
  customerEraseValidator,
  customerFiltersValidator,
  customerTagsValidator,
} from '#modules/storefront/validators/customers'

export default class CustomersController {
  async index({ bouncer, request, inertia }: HttpContext) {
    await bouncer.authorize('can', 'storefront.customers.view')
    const filters = await request.validateUsing(customerFiltersValidator, { data: request.qs() })
    const { rows, pagination } = await listCustomers(filters)
    return inertia.render('storefront/customers/index', {
      customers: rows,
      pagination,
      filters: { q: filters.q ?? '', tag: filters.tag ?? '', consent: filters.consent ?? '' },
      tags: await customerTagsInUse(),
    })
  }

  async show({ bouncer, params, inertia }: HttpContext) {
    await bouncer.authorize('can', 'storefront.customers.view')
    const found = await Customer.findOrFail(params.id)
    const customer = (await customerWithTotals(found.id))!
    const profile = await CustomerProfile.findBy('customer_id', customer.id)
    const addresses = await CustomerAddress.query()
      .where('customer_id', customer.id)
      .orderBy('is_default', 'desc')
      .orderBy('created_at')
    const orders = await Order.query()
      .where('customer_id', customer.id)
      .orderBy('placed_at', 'desc')
      .limit(50)
    return inertia.render('storefront/customers/show', {
      customer: {
        ...customer,
        phone: profile?.phone ?? null,
        marketingConsentAt: profile?.marketingConsentAt?.toISO() ?? null,
      },
      addresses: addresses.map((address) => ({
        id: address.id,
        name: address.name,
        line1: address.line1,
        line2: address.line2,
        city: address.city,
        region: address.region,
        postalCode: address.postalCode,
        country: address.country,
        phone: address.phone,
        isDefault: address.isDefault,
      })),
      orders: orders.map(orderSummary),
      tags: await customerTagsInUse(),
    })
  }

  async updateTags({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.customers.manage')
    const customer = await Customer.findOrFail(params.id)
    const { tags } = await request.validateUsing(customerTagsValidator)
    const profile = await CustomerProfile.firstOrNew({ customerId: customer.id }, { tags: [] })
    profile.tags = tags
    await profile.save()
    session.flash('success', 'Tags saved.')
    return response.redirect().back()
  }

  async export(ctx: HttpContext) {
    const { bouncer, params, response } = ctx
    await bouncer.authorize('can', 'storefront.customers.manage')
    const customer = await Customer.findOrFail(params.id)
    const data = await exportCustomerData(customer.id)
    await recordAuditEvent({
      ...requestAuditContext(ctx),
      action: 'storefront.customer_data_exported',
      subject: { type: 'customer', id: customer.id, label: customer.email },
    })
    response.header('content-type', 'application/json; charset=utf-8')
    response.header('content-disposition', `attachment; filename="customer-${customer.id}.json"`)
    return response.send(JSON.stringify(data, null, 2))
  }

  async erase(ctx: HttpContext) {
    const { bouncer, params, request, session, response } = ctx
    await bouncer.authorize('can', 'storefront.customers.manage')
    const customer = await Customer.findOrFail(params.id)
    const { confirmation } = await request.validateUsing(customerEraseValidator)
    if (customer.erasedAt) {
      session.flash('error', 'This customer’s data was already erased.')
      return response.redirect().back()
    }
    if (confirmation.toLowerCase() !== customer.email.toLowerCase()) {
      throw fieldError('confirmation', 'Type the customer’s email address to confirm.')
    }
    await eraseCustomerData(customer.id)
    await recordAuditEvent({
      ...requestAuditContext(ctx),
      action: 'storefront.customer_erased',
      subject: { type: 'customer', id: customer.id, label: 'Erased customer' },
    })
    session.flash(
      'success',
      'The customer’s personal data was erased; their orders are kept, anonymized.'
    )
    return response.redirect().back()
  }
}

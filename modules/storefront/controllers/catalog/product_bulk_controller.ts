import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import {
  bulkProductsValidator,
  productFiltersValidator,
} from '#modules/storefront/validators/catalog'
import { bulkChangePrice, bulkSetStatus } from '#modules/storefront/catalog/bulk_edit'
import { filteredProducts } from '#modules/storefront/catalog/product_listing'
import { productsCsv } from '#modules/storefront/catalog/product_csv'

const MAX_EXPORT = 20_000

export default class ProductBulkController {
  async update({ bouncer, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const input = await request.validateUsing(bulkProductsValidator)
    if (input.action === 'status') {
      const count = await bulkSetStatus(input.ids, input.status!)
      session.flash('success', `${count} product(s) set to ${input.status}.`)
    } else {
      const count = await bulkChangePrice(input.ids, input.price_mode!, input.price_value!)
      session.flash('success', `Prices of ${count} product(s) changed.`)
    }
    return response.redirect().back()
  }

  /** The products the list's filters select, as CSV (the import's format). */
  async export({ bouncer, request, response, tenant }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.view')
    const filters = await request.validateUsing(productFiltersValidator, { data: request.qs() })
    const { query } = await filteredProducts(filters)
    const products = await query.limit(MAX_EXPORT)
    const csv = await productsCsv(products)
    const name = `${tenant!.slug}-products-${DateTime.now().toFormat('yyyy-LL-dd')}.csv`
    response.header('content-type', 'text/csv; charset=utf-8')
    response.header('content-disposition', `attachment; filename="${name}"`)
    return response.send(csv)
  }
}

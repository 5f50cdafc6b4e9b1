import type { HttpContext } from '@adonisjs/core/http'
import { fieldError } from '#kernel/validation/field_error'
import Product from '#modules/storefront/models/product'
import WishlistItem from '#modules/storefront/models/wishlist_item'
import { toCards } from '#modules/storefront/shop/catalog_search'
import { shopBrand } from '#modules/storefront/shop/shop_chrome'
import { seoMeta } from '#modules/storefront/shop/seo'
import { shopMessages, wishlistValidator } from '#modules/storefront/validators/shop'

/** A signed-in customer's saved products. */
export default class WishlistController {
  async index(ctx: HttpContext) {
    if (!ctx.customer) return ctx.response.redirect(`${ctx.storefrontBasePath ?? ''}/account/login`)
    const items = await WishlistItem.query()
      .where('customer_id', ctx.customer.id)
      .orderBy('created_at', 'desc')
    const products = items.length
      ? await Product.query()
          .whereIn(
            'id',
            items.map((item) => item.productId)
          )
          .where('status', 'active')
      : []
    const order = items.map((item) => item.productId)
    products.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
    const shop = await shopBrand(ctx)
    return ctx.inertia.render('storefront/shop/wishlist', {
      shop,
      seo: seoMeta(ctx, {
        title: `Your wishlist · ${shop.name}`,
        path: '/wishlist',
        noIndex: true,
      }),
      products: await toCards(products),
    })
  }

  async store(ctx: HttpContext) {
    if (!ctx.customer) return ctx.response.redirect(`${ctx.storefrontBasePath ?? ''}/account/login`)
    const { productId } = await ctx.request.validateUsing(wishlistValidator, {
      messagesProvider: shopMessages,
    })
    const product = await Product.query().where('id', productId).where('status', 'active').first()
    if (!product) throw fieldError('productId', 'This product does not exist.')
    await WishlistItem.firstOrCreate({ customerId: ctx.customer.id, productId: product.id })
    ctx.session.flash('success', `${product.name} is on your wishlist.`)
    return ctx.response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    if (!ctx.customer) return ctx.response.redirect(`${ctx.storefrontBasePath ?? ''}/account/login`)
    await WishlistItem.query()
      .where('customer_id', ctx.customer.id)
      .where('product_id', ctx.params.productId)
      .delete()
    ctx.session.flash('success', 'Removed from your wishlist.')
    return ctx.response.redirect().back()
  }
}

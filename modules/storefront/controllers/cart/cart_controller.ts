import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { CartActionError } from '#kernel/contracts/cart_actions'
import Cart from '#modules/storefront/models/cart'
import { CartService } from '#modules/storefront/cart/cart_service'
import { rememberCartId } from '#modules/storefront/cart/cart_cookie'
import { addToCartValidator, cartQuantityValidator } from '#modules/storefront/cart/cart_validators'
import { CheckoutError } from '#modules/storefront/checkout/checkout_error'
import { activeCartId, shopBrand } from '#modules/storefront/shop/shop_chrome'

function wantsJson(ctx: HttpContext) {
  return ctx.request.accepts(['html', 'json']) === 'json' && !ctx.request.header('x-inertia')
}

/** A cart refusal (sold out, not for sale) as a 409 with its message. */
async function refusing<T>(work: () => Promise<T>) {
  try {
    return await work()
  } catch (error) {
    if (error instanceof CartActionError) throw new CheckoutError(error.message)
    throw error
  }
}

/**
 * The shopper's cart on the storefront: a guest's is found through the
 * signed `cart` cookie, a signed-in customer's also through their account.
 */
export default class CartController {
  private carts = new CartService()

  async show(ctx: HttpContext) {
    const cartId = await activeCartId(ctx)
    const cart = cartId ? await this.carts.view(cartId) : null
    return ctx.inertia.render('storefront/cart/show', {
      shop: await shopBrand(ctx),
      cart,
    })
  }

  async add(ctx: HttpContext) {
    const { variantId, quantity } = await ctx.request.validateUsing(addToCartValidator)
    const cart = await refusing(async () =>
      this.carts.add({
        cartId: await activeCartId(ctx),
        customerId: ctx.customer?.id ?? null,
        variantId,
        quantity: quantity ?? 1,
      })
    )
    rememberCartId(ctx, cart.id)
    if (wantsJson(ctx)) return cart
    const line = cart.lines.find((candidate) => candidate.variantId === variantId)
    ctx.session.flash('success', `${line?.name ?? 'The product'} is in your cart.`)
    return ctx.response.redirect().back()
  }

  async update(ctx: HttpContext) {
    const { quantity, params } = await ctx.request.validateUsing(cartQuantityValidator)
    const cartId = await this.requireCart(ctx)
    const cart = await refusing(() => this.carts.setQuantity(cartId, params.variantId, quantity))
    if (wantsJson(ctx)) return cart
    return ctx.response.redirect().back()
  }

  async remove(ctx: HttpContext) {
    const { params } = await ctx.request.validateUsing(cartQuantityValidator, {
      data: { quantity: 0, params: ctx.params },
    })
    const cartId = await this.requireCart(ctx)
    const cart = await refusing(() => this.carts.remove(cartId, params.variantId))
    if (wantsJson(ctx)) return cart
    ctx.session.flash('success', 'Removed from your cart.')
    return ctx.response.redirect().back()
  }

  /**
   * The link another channel (a chat, a live stream) gave the shopper: a
   * signed URL that makes this browser's cart the given one and opens the
   * checkout. A forged or expired link gets a page saying so.
   */
  async resume(ctx: HttpContext) {
    const cart = ctx.request.hasValidSignature() ? await Cart.find(ctx.params.cart) : null
    if (!cart) {
      ctx.response.status(410)
      return ctx.inertia.render('storefront/cart/link_expired', { shop: await shopBrand(ctx) })
    }
    rememberCartId(ctx, cart.id)
    return ctx.response.redirect(`${ctx.storefrontBasePath ?? ''}/checkout`)
  }

  private async requireCart(ctx: HttpContext) {
    const cartId = await activeCartId(ctx)
    if (!cartId) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    return cartId
  }
}

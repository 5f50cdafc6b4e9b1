import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import { currentCartId, rememberCartId } from '#modules/storefront/cart/cart_cookie'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import Tenant from '#kernel/tenancy/models/tenant'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { publicFileUrl } from '#kernel/files/image_upload'
import {
  CartActionError,
  CartActions,
  type CartLine,
  type CartView,
} from '#kernel/contracts/cart_actions'
import Cart from '#modules/storefront/models/cart'
import CartItem from '#modules/storefront/models/cart_item'
import Variant from '#modules/storefront/models/variant'

export const MAX_QUANTITY = 999

async function loadCart(cartId: string) {
  return Cart.query()
    .where('id', cartId)
    .preload('items', (items) =>
      items
        .orderBy('created_at')
        .preload('variant', (variant) =>
          variant.preload('product', (product) =>
            product.preload('images', (images) => images.orderBy('position').limit(1))
          )
        )
    )
    .first()
}

function toView(cart: Cart): CartView {
  const lines: CartLine[] = cart.items.map((item) => {
    const { variant } = item
    const { product } = variant
    return {
      variantId: variant.id,
      productId: product.id,
      name: product.name,
      variantTitle: variant.title === 'Default' ? null : variant.title,
      unitPriceMinor: variant.priceMinor,
      quantity: item.quantity,
      lineTotalMinor: variant.priceMinor * item.quantity,
      imageUrl: publicFileUrl(product.images[0]?.thumbnailPath),
      available: product.trackInventory ? variant.available : MAX_QUANTITY,
    }
  })
  return {
    id: cart.id,
    currency: cart.currency,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotalMinor: lines.reduce((sum, line) => sum + line.lineTotalMinor, 0),
  }
}

async function purchasable(variantId: string) {
  const variant = await Variant.query().where('id', variantId).preload('product').first()
  if (!variant || variant.product.status !== 'active') {
    throw new CartActionError('This product is not for sale.')
  }
  return variant
}

function checkQuantity(quantity: number) {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    throw new CartActionError(`Choose a quantity from 1 to ${MAX_QUANTITY}.`)
  }
}

function checkAvailable(variant: Variant, wanted: number) {
  if (!variant.product.trackInventory) return
  if (variant.available <= 0) {
    throw new CartActionError(`${variant.product.name} is out of stock.`)
  }
  if (wanted > variant.available) {
    throw new CartActionError(
      `Only ${variant.available} of ${variant.product.name} ${variant.available === 1 ? 'is' : 'are'} left.`
    )
  }
}

/**
 * Carts of the current workspace: what the storefront, the API and other
 * modules (through CartActions) use to fill them.
 */
export class CartService extends CartActions {
  async view(cartId: string) {
    const cart = await loadCart(cartId)
    return cart ? toView(cart) : null
  }

  async add(input: {
    cartId: string | null
    customerId?: string | null
    variantId: string
    quantity: number
  }) {
    checkQuantity(input.quantity)
    const variant = await purchasable(input.variantId)
    let cart = input.cartId ? await Cart.find(input.cartId) : null
    if (!cart) {
      const tenant = await Tenant.findOrFail(requireTenantId())
      cart = await Cart.create({ customerId: input.customerId ?? null, currency: tenant.currency })
    }
    const item = await CartItem.query()
      .where('cart_id', cart.id)
      .where('variant_id', variant.id)
      .forUpdate()
      .first()
    const quantity = (item?.quantity ?? 0) + input.quantity
    checkQuantity(quantity)
    checkAvailable(variant, quantity)
    if (item) {
      item.quantity = quantity
      await item.save()
    } else {
      await CartItem.create({ cartId: cart.id, variantId: variant.id, quantity })
    }
    cart.updatedAt = DateTime.now()
    await cart.save()
    return toView((await loadCart(cart.id))!)
  }

  async setQuantity(cartId: string, variantId: string, quantity: number) {
    if (quantity === 0) return this.remove(cartId, variantId)
    checkQuantity(quantity)
    const item = await CartItem.query()
      .where('cart_id', cartId)
      .where('variant_id', variantId)
      .first()
    if (!item) {
      throw new CartActionError('This product is not in the cart.')
    }
    checkAvailable(await purchasable(variantId), quantity)
    item.quantity = quantity
    await item.save()
    return toView((await loadCart(cartId))!)
  }

  async remove(cartId: string, variantId: string) {
    await CartItem.query().where('cart_id', cartId).where('variant_id', variantId).delete()
    const cart = await loadCart(cartId)
    if (!cart) {
      throw new CartActionError('This cart does not exist.')
    }
    return toView(cart)
  }

  async checkoutLink(cartId: string) {
    const cart = await Cart.find(cartId)
    if (!cart) {
      throw new CartActionError('This cart does not exist.')
    }
    const tenant = await Tenant.findOrFail(requireTenantId())
    return signedUrlFor(
      'storefront.cart.resume' as any,
      { storefront: tenant.slug, cart: cart.id },
      { expiresIn: '7 days', prefixUrl: appUrl }
    )
  }

  browserCartId(ctx: HttpContext) {
    return currentCartId(ctx)
  }

  rememberForBrowser(ctx: HttpContext, cartId: string) {
    rememberCartId(ctx, cartId)
  }

  /**
   * A customer signs in with a guest cart: its lines join the customer's
   * own cart (capped at what is available) and the guest cart goes away.
   * Returns the cart the customer now has.
   */
  async mergeIntoCustomerCart(guestCartId: string | null, customerId: string) {
    const guest = guestCartId ? await loadCart(guestCartId) : null
    const own = await Cart.query()
      .where('customer_id', customerId)
      .orderBy('updated_at', 'desc')
      .first()
    if (guest && guest.customerId === customerId) {
      return guest.id
    }
    if (!guest) {
      return own?.id ?? null
    }
    if (!own) {
      guest.customerId = customerId
      await guest.save()
      return guest.id
    }
    for (const item of guest.items) {
      const existing = await CartItem.query()
        .where('cart_id', own.id)
        .where('variant_id', item.variantId)
        .first()
      const wanted = Math.min(MAX_QUANTITY, (existing?.quantity ?? 0) + item.quantity)
      const cap = item.variant.product.trackInventory ? item.variant.available : MAX_QUANTITY
      const quantity = Math.min(wanted, cap)
      if (quantity <= 0) continue
      if (existing) {
        existing.quantity = quantity
        await existing.save()
      } else {
        await CartItem.create({ cartId: own.id, variantId: item.variantId, quantity })
      }
    }
    await guest.delete()
    own.updatedAt = DateTime.now()
    await own.save()
    return own.id
  }
}

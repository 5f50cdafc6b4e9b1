import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import { ActionRefused } from '#kernel/exceptions/action_refused'
import { CartActionError } from '#kernel/contracts/cart_actions'
import Tenant from '#kernel/tenancy/models/tenant'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Cart from '#modules/storefront/models/cart'
import { CartService } from '#modules/storefront/cart/cart_service'
import { notFound } from '#modules/storefront/controllers/api/catalog_api_controller'
import type {
  addCartItemValidator,
  createCartValidator,
  updateCartItemValidator,
} from '#modules/storefront/validators/api'

const carts = new CartService()

/** A refusal the client can act on (sold out, not for sale) is a 409 with its reason. */
async function refusing<T>(action: () => Promise<T>) {
  try {
    return await action()
  } catch (error) {
    if (error instanceof CartActionError) throw new ActionRefused(error.message)
    throw error
  }
}

async function existingCart(ctx: HttpContext) {
  const cart = await Cart.find(ctx.params.id)
  if (!cart) notFound(ctx)
  return cart
}

export async function createCart(
  ctx: HttpContext,
  { body }: { body: Infer<typeof createCartValidator> }
) {
  const tenant = await Tenant.findOrFail(requireTenantId())
  const cart = await Cart.create({ customerId: null, currency: tenant.currency })
  for (const line of body.items ?? []) {
    await refusing(() => carts.add({ cartId: cart.id, ...line }))
  }
  ctx.response.status(201)
  return { data: await carts.view(cart.id) }
}

export async function showCart(ctx: HttpContext) {
  const cart = await existingCart(ctx)
  return { data: await carts.view(cart.id) }
}

export async function addCartItem(
  ctx: HttpContext,
  { body }: { body: Infer<typeof addCartItemValidator> }
) {
  const cart = await existingCart(ctx)
  return { data: await refusing(() => carts.add({ cartId: cart.id, ...body })) }
}

export async function updateCartItem(
  ctx: HttpContext,
  { body }: { body: Infer<typeof updateCartItemValidator> }
) {
  const cart = await existingCart(ctx)
  const view = await carts.view(cart.id)
  if (!view?.lines.some((line) => line.variantId === ctx.params.variantId)) notFound(ctx)
  return {
    data: await refusing(() => carts.setQuantity(cart.id, ctx.params.variantId, body.quantity)),
  }
}

export async function removeCartItem(ctx: HttpContext) {
  const cart = await existingCart(ctx)
  return { data: await refusing(() => carts.remove(cart.id, ctx.params.variantId)) }
}

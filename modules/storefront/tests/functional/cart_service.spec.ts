import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { CartActionError, CartActions } from '#kernel/contracts/cart_actions'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeCustomer } from '#tests/support/factories'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import Cart from '#modules/storefront/models/cart'

test.group('Storefront: cart actions (contract)', () => {
  test('adds, changes and removes lines, within what is available', async ({ assert }) => {
    const { tenant } = await makeShop()
    const serum = await makeProduct(tenant, { name: 'Glow Serum', priceMinor: 2400, stock: 3 })
    const carts = await app.container.make(CartActions)

    await withTenant(tenant.id, async () => {
      const created = await carts.add({
        cartId: null,
        variantId: serum.variants[0].id,
        quantity: 2,
      })
      assert.equal(created.currency, tenant.currency)
      assert.deepInclude(created.lines[0], {
        name: 'Glow Serum',
        quantity: 2,
        unitPriceMinor: 2400,
        lineTotalMinor: 4800,
        available: 3,
      })
      await assert.rejects(
        () => carts.add({ cartId: created.id, variantId: serum.variants[0].id, quantity: 2 }),
        'Only 3 of Glow Serum are left.'
      )
      const changed = await carts.setQuantity(created.id, serum.variants[0].id, 3)
      assert.equal(changed.subtotalMinor, 7200)
      const emptied = await carts.remove(created.id, serum.variants[0].id)
      assert.equal(emptied.itemCount, 0)
    })
  })

  test('refuses products that are not for sale and silly quantities', async ({ assert }) => {
    const { tenant } = await makeShop()
    const draft = await makeProduct(tenant, { status: 'draft' })
    const live = await makeProduct(tenant)
    const carts = await app.container.make(CartActions)
    await withTenant(tenant.id, async () => {
      const error = await carts
        .add({ cartId: null, variantId: draft.variants[0].id, quantity: 1 })
        .catch((caught) => caught)
      assert.instanceOf(error, CartActionError)
      await assert.rejects(
        () => carts.add({ cartId: null, variantId: live.variants[0].id, quantity: 0 }),
        'Choose a quantity from 1 to 999.'
      )
    })
  })

  test('a variant of another workspace cannot be added', async ({ assert }) => {
    const first = await makeShop()
    const second = await makeShop()
    const foreign = await makeProduct(second.tenant)
    const carts = await app.container.make(CartActions)
    await withTenant(first.tenant.id, async () => {
      await assert.rejects(
        () => carts.add({ cartId: null, variantId: foreign.variants[0].id, quantity: 1 }),
        'This product is not for sale.'
      )
    })
  })

  test('a guest cart merges into the customer’s cart at sign-in', async ({ assert }) => {
    const { tenant } = await makeShop()
    const customer = await makeCustomer(tenant.id)
    const balm = await makeProduct(tenant, { stock: 4 })
    const mask = await makeProduct(tenant, { stock: 4 })
    const carts = await app.container.make(CartActions)
    const { CartService } = await import('#modules/storefront/cart/cart_service')
    await withTenant(tenant.id, async () => {
      const own = await carts.add({
        cartId: null,
        customerId: customer.id,
        variantId: balm.variants[0].id,
        quantity: 3,
      })
      const guest = await carts.add({ cartId: null, variantId: balm.variants[0].id, quantity: 3 })
      await carts.add({ cartId: guest.id, variantId: mask.variants[0].id, quantity: 1 })

      const merged = await (carts as InstanceType<typeof CartService>).mergeIntoCustomerCart(
        guest.id,
        customer.id
      )
      assert.equal(merged, own.id)
      const view = (await carts.view(own.id))!
      assert.deepEqual(
        view.lines.map((line) => [line.productId, line.quantity]),
        [
          [balm.id, 4],
          [mask.id, 1],
        ],
        'capped at the 4 available'
      )
      assert.isNull(await Cart.find(guest.id))
    })
  })

  test('the checkout link opens the cart on the storefront', async ({ assert }) => {
    const { tenant } = await makeShop({ slug: 'link-shop' })
    const product = await makeProduct(tenant)
    const carts = await app.container.make(CartActions)
    const link = await withTenant(tenant.id, async () => {
      const cart = await carts.add({ cartId: null, variantId: product.variants[0].id, quantity: 1 })
      return carts.checkoutLink(cart.id)
    })
    const appUrl = env.get('APP_URL')!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    assert.match(link, new RegExp(`^${appUrl}/s/link-shop/cart/[0-9a-f-]+/resume\\?signature=`))
  })
})

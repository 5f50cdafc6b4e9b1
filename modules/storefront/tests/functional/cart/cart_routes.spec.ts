import { test } from '@japa/runner'
import timekeeper from 'timekeeper'
import { DateTime } from 'luxon'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD, makeCustomer } from '#tests/support/factories'
import { CartService } from '#modules/storefront/cart/cart_service'
import Cart from '#modules/storefront/models/cart'
import CartItem from '#modules/storefront/models/cart_item'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'

async function shopWithProducts(slug: string) {
  const { tenant, owner } = await makeShop({ slug })
  const serum = await makeProduct(tenant, { name: 'Glow Serum', priceMinor: 2400, stock: 3 })
  const balm = await makeProduct(tenant, { name: 'Lip Balm', priceMinor: 800, stock: 10 })
  return { tenant, owner, serum, balm }
}

function cartCount(tenantId: string) {
  return withTenant(tenantId, async () => {
    const rows = await CartItem.query().count('* as total')
    return Number(rows[0].$extras.total)
  })
}

test.group('Storefront: cart over HTTP', () => {
  test('adds, changes and removes lines; the cart lives in a signed cookie', async ({
    client,
    assert,
  }) => {
    const { serum, balm } = await shopWithProducts('lumen')
    const added = await client
      .post('/s/lumen/cart/items')
      .json({ variantId: serum.variants[0].id, quantity: 2 })
      .accept('json')
      .withCsrfToken()
    added.assertStatus(200)
    assert.equal(added.body().subtotalMinor, 4800)
    const cartId = added.cookie('cart')?.value
    assert.equal(cartId, added.body().id)
    assert.equal(added.cookie('cart')?.path, '/s/lumen', 'each shop keeps its own cart cookie')

    const more = await client
      .post('/s/lumen/cart/items')
      .json({ variantId: balm.variants[0].id })
      .cookie('cart', cartId)
      .accept('json')
      .withCsrfToken()
    assert.equal(more.body().id, cartId)
    assert.equal(more.body().itemCount, 3)

    const changed = await client
      .put(`/s/lumen/cart/items/${serum.variants[0].id}`)
      .json({ quantity: 3 })
      .cookie('cart', cartId)
      .accept('json')
      .withCsrfToken()
    changed.assertStatus(200)
    assert.equal(changed.body().subtotalMinor, 3 * 2400 + 800)

    const removed = await client
      .delete(`/s/lumen/cart/items/${serum.variants[0].id}`)
      .cookie('cart', cartId)
      .accept('json')
      .withCsrfToken()
    removed.assertStatus(200)
    assert.deepEqual(
      removed.body().lines.map((line: { name: string }) => line.name),
      ['Lip Balm']
    )

    const page = await client.get('/s/lumen/cart').cookie('cart', cartId).withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.cart.itemCount, 1)
    assert.equal(page.inertiaProps.shop.cartItemCount, 1)
  })

  test('bad input gets a 4xx with the reason, and nothing is stored', async ({
    client,
    assert,
  }) => {
    const { tenant, serum } = await shopWithProducts('lumen')
    const draft = await makeProduct(tenant, { name: 'Secret', status: 'draft' })
    const post = (body: Record<string, unknown>) =>
      client.post('/s/lumen/cart/items').json(body).accept('json').withCsrfToken()

    const badId = await post({ variantId: 'not-a-product', quantity: 1 })
    badId.assertStatus(422)
    assert.deepInclude(badId.body().errors[0], {
      field: 'variantId',
      message: 'This product does not exist.',
    })
    const none = await post({ variantId: serum.variants[0].id, quantity: 0 })
    none.assertStatus(422)
    assert.equal(none.body().errors[0].message, 'Choose a quantity from 1 to 999.')
    ;(await post({ variantId: serum.variants[0].id, quantity: 1000 })).assertStatus(422)
    ;(await post({ variantId: serum.variants[0].id, quantity: 1.5 })).assertStatus(422)

    const tooMany = await post({ variantId: serum.variants[0].id, quantity: 4 })
    tooMany.assertStatus(409)
    assert.equal(tooMany.body().message, 'Only 3 of Glow Serum are left.')
    const hidden = await post({ variantId: draft.variants[0].id, quantity: 1 })
    hidden.assertStatus(409)
    assert.equal(hidden.body().message, 'This product is not for sale.')
    assert.equal(await cartCount(tenant.id), 0)

    const noCart = await client
      .put(`/s/lumen/cart/items/${serum.variants[0].id}`)
      .json({ quantity: 2 })
      .accept('json')
      .withCsrfToken()
    noCart.assertStatus(404)

    const form = await client
      .post('/s/lumen/cart/items')
      .form({ variantId: serum.variants[0].id, quantity: 9 })
      .withCsrfToken()
      .redirects(0)
    form.assertStatus(302)
    assert.equal(form.flashMessages().error, 'Only 3 of Glow Serum are left.')
    assert.equal(await cartCount(tenant.id), 0)
  })

  test('a signed resume link adopts the cart; a changed or expired one is refused', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { tenant, serum } = await shopWithProducts('lumen')
    const carts = new CartService()
    const { cartId, link } = await withTenant(tenant.id, async () => {
      const cart = await carts.add({ cartId: null, variantId: serum.variants[0].id, quantity: 1 })
      return { cartId: cart.id, link: new URL(await carts.checkoutLink(cart.id)) }
    })
    const path = `${link.pathname}${link.search}`

    const opened = await client.get(path).redirects(0)
    opened.assertStatus(302)
    opened.assertHeader('location', '/s/lumen/checkout')
    assert.equal(opened.cookie('cart')?.value, cartId)

    const other = await withTenant(tenant.id, () =>
      carts.add({ cartId: null, variantId: serum.variants[0].id, quantity: 1 })
    )
    const swapped = await client.get(path.replace(cartId, other.id)).redirects(0)
    swapped.assertStatus(410)
    assert.isUndefined(swapped.cookie('cart'))
    const forged = await client
      .get(path.replace(/signature=[^&]+/, 'signature=forged'))
      .redirects(0)
    forged.assertStatus(410)
    const unsigned = await client.get(link.pathname).redirects(0)
    unsigned.assertStatus(410)
    const page = await client.get(link.pathname).withInertia()
    page.assertInertiaComponent('storefront/cart/link_expired')

    timekeeper.travel(DateTime.now().plus({ days: 8 }).toJSDate())
    cleanup(() => timekeeper.reset())
    const expired = await client.get(path).redirects(0)
    expired.assertStatus(410)
    assert.isUndefined(expired.cookie('cart'))
  })

  test('a guest cart joins the customer cart when they sign in', async ({ client, assert }) => {
    const { tenant, serum, balm } = await shopWithProducts('lumen')
    const customer = await makeCustomer(tenant.id, 'ada@example.com')
    const carts = new CartService()
    const own = await withTenant(tenant.id, () =>
      carts.add({
        cartId: null,
        customerId: customer.id,
        variantId: balm.variants[0].id,
        quantity: 1,
      })
    )
    const guest = await client
      .post('/s/lumen/cart/items')
      .json({ variantId: serum.variants[0].id, quantity: 2 })
      .accept('json')
      .withCsrfToken()
    const guestCartId = guest.cookie('cart')?.value

    const login = await client
      .post('/s/lumen/account/login')
      .form({ email: 'ada@example.com', password: TEST_PASSWORD })
      .cookie('cart', guestCartId)
      .withCsrfToken()
      .redirects(0)
    login.assertStatus(302)
    assert.equal(login.cookie('cart')?.value, own.id)

    const merged = await withTenant(tenant.id, () => carts.view(own.id))
    assert.deepEqual(
      merged!.lines.map((line) => [line.name, line.quantity]),
      [
        ['Lip Balm', 1],
        ['Glow Serum', 2],
      ]
    )
    assert.isNull(await withTenant(tenant.id, () => Cart.find(guestCartId)))
  })

  test('a guest who creates an account keeps their cart', async ({ client, assert }) => {
    const { tenant, serum } = await shopWithProducts('lumen')
    const guest = await client
      .post('/s/lumen/cart/items')
      .json({ variantId: serum.variants[0].id, quantity: 1 })
      .accept('json')
      .withCsrfToken()
    const cartId = guest.cookie('cart')?.value
    const registered = await client
      .post('/s/lumen/account/register')
      .form({ name: 'Ada Lovelace', email: 'ada@example.com', password: 'Analytical-Engine-1843' })
      .cookie('cart', cartId)
      .withCsrfToken()
      .redirects(0)
    registered.assertStatus(302)
    const cart = await withTenant(tenant.id, () => Cart.findOrFail(cartId))
    assert.isNotNull(cart.customerId)
    assert.equal(registered.cookie('cart')?.value, cartId)
  })

  test('a cart of shop A cannot be read or changed through shop B', async ({ client, assert }) => {
    const a = await shopWithProducts('shop-a')
    await shopWithProducts('shop-b')
    const added = await client
      .post('/s/shop-a/cart/items')
      .json({ variantId: a.serum.variants[0].id, quantity: 1 })
      .accept('json')
      .withCsrfToken()
    const cartId = added.cookie('cart')?.value

    const page = await client.get('/s/shop-b/cart').cookie('cart', cartId).withInertia()
    assert.isNull(page.inertiaProps.cart)
    const change = await client
      .put(`/s/shop-b/cart/items/${a.serum.variants[0].id}`)
      .json({ quantity: 2 })
      .cookie('cart', cartId)
      .accept('json')
      .withCsrfToken()
    change.assertStatus(409)
    const addForeign = await client
      .post('/s/shop-b/cart/items')
      .json({ variantId: a.serum.variants[0].id, quantity: 1 })
      .cookie('cart', cartId)
      .accept('json')
      .withCsrfToken()
    addForeign.assertStatus(409)
    const remove = await client
      .delete(`/s/shop-b/cart/items/${a.serum.variants[0].id}`)
      .cookie('cart', cartId)
      .accept('json')
      .withCsrfToken()
    remove.assertStatus(409)
    const checkout = await client.get('/s/shop-b/checkout').cookie('cart', cartId).redirects(0)
    checkout.assertHeader('location', '/s/shop-b/cart')

    const link = await withTenant(a.tenant.id, () => new CartService().checkoutLink(cartId))
    const url = new URL(link)
    const viaB = await client
      .get(`${url.pathname.replace('/s/shop-a/', '/s/shop-b/')}${url.search}`)
      .redirects(0)
    viaB.assertStatus(410)

    const kept = await withTenant(a.tenant.id, () => new CartService().view(cartId))
    assert.equal(kept!.itemCount, 1)
  })
})

import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { quoteCheckout } from '#modules/storefront/checkout/checkout_service'
import { placeOrder } from '#modules/storefront/orders/place_order'
import Discount from '#modules/storefront/models/discount'
import DiscountRedemption from '#modules/storefront/models/discount_redemption'
import {
  makeCategory,
  makeProduct,
  makeShop,
} from '#modules/storefront/tests/support/storefront_factories'
import {
  configureShop,
  makeDiscount,
  makeShipping,
  makeTaxRate,
  readyCheckout,
} from '#modules/storefront/tests/support/checkout_factories'

/**
 * A shop in GB (20 % VAT, delivery 3.95, free from 50.00) selling a serum
 * (24.00, in Skincare › Serums) and a lipstick (12.50, in Make-up).
 */
async function beautyShop(pricesIncludeTax: boolean) {
  const { tenant } = await makeShop()
  await configureShop(tenant, { pricesIncludeTax })
  await makeShipping(tenant, {
    rates: [{ name: 'Standard', priceMinor: 395, freeOverMinor: 5000 }],
  })
  await makeTaxRate(tenant, 'GB', 2000)
  const skincare = await makeCategory(tenant, { name: 'Skincare' })
  const serums = await makeCategory(tenant, { name: 'Serums', parentId: skincare.id })
  const makeup = await makeCategory(tenant, { name: 'Make-up' })
  const serum = await makeProduct(tenant, {
    name: 'Glow Serum',
    priceMinor: 2400,
    categoryId: serums.id,
  })
  const lipstick = await makeProduct(tenant, {
    name: 'Velvet Lipstick',
    priceMinor: 1250,
    categoryId: makeup.id,
  })
  return { tenant, skincare, serums, makeup, serum, lipstick }
}

type Shop = Awaited<ReturnType<typeof beautyShop>>

function both(shop: Shop) {
  return [
    { variantId: shop.serum.variants[0].id, quantity: 2 },
    { variantId: shop.lipstick.variants[0].id, quantity: 1 },
  ]
}

async function quote(
  tenant: Tenant,
  lines: { variantId: string; quantity: number }[],
  code: string | null,
  email = 'ada@example.com'
) {
  return withTenant(tenant.id, async () => {
    const checkout = await readyCheckout(lines, { discountCode: code, email })
    const result = await quoteCheckout(checkout)
    return { ...result.pricing, discountError: result.discountError, checkoutId: checkout.id }
  })
}

test.group('Storefront: discount codes', () => {
  test('a percentage code with tax-inclusive prices: the tax is the part of what is left', async ({
    assert,
  }) => {
    const shop = await beautyShop(true)
    await makeDiscount(shop.tenant, { code: 'GLOW10', kind: 'percentage', value: 1000 })
    const result = await quote(shop.tenant, both(shop), 'glow10')
    assert.isNull(result.discountError)
    assert.equal(result.subtotalMinor, 6050)
    assert.equal(result.discountMinor, 605)
    assert.equal(result.shippingMinor, 0, 'free: 54.45 after the discount is over 50.00')
    // 43.20 and 11.25 hold 7.20 and 1.875 of VAT.
    assert.equal(result.taxMinor, 720 + 188)
    assert.equal(result.totalMinor, 5445)
  })

  test('the same code with tax-exclusive prices: the tax comes on top of the discounted price', async ({
    assert,
  }) => {
    const shop = await beautyShop(false)
    await makeDiscount(shop.tenant, { code: 'GLOW10', kind: 'percentage', value: 1000 })
    const result = await quote(shop.tenant, both(shop), 'GLOW10')
    assert.equal(result.discountMinor, 605)
    assert.equal(result.taxMinor, 864 + 225)
    assert.equal(result.totalMinor, 5445 + 1089)

    const lipstickOnly = await quote(
      shop.tenant,
      [{ variantId: shop.lipstick.variants[0].id, quantity: 1 }],
      'GLOW10'
    )
    assert.equal(lipstickOnly.discountMinor, 125)
    assert.equal(lipstickOnly.shippingMinor, 395, 'under 50.00: delivery is charged')
    assert.equal(lipstickOnly.taxMinor, 225 + 79, 'tax on the goods and on the delivery')
    assert.equal(lipstickOnly.totalMinor, 1125 + 395 + 304)
  })

  test('a fixed amount needs the minimum subtotal', async ({ assert }) => {
    const shop = await beautyShop(true)
    await makeDiscount(shop.tenant, {
      code: 'FIVER',
      kind: 'fixed',
      value: 500,
      minimumSubtotalMinor: 5000,
    })
    const enough = await quote(shop.tenant, both(shop), 'FIVER')
    assert.equal(enough.discountMinor, 500)
    assert.equal(enough.totalMinor, 5550)
    const short = await quote(
      shop.tenant,
      [{ variantId: shop.lipstick.variants[0].id, quantity: 1 }],
      'FIVER'
    )
    assert.equal(short.discountMinor, 0)
    assert.equal(short.discountError, 'This code needs a subtotal of at least £50.00.')
  })

  test('a code limited to products or to a category (and its subcategories)', async ({
    assert,
  }) => {
    const shop = await beautyShop(true)
    await makeDiscount(shop.tenant, {
      code: 'SERUM20',
      value: 2000,
      appliesTo: 'products',
      productIds: [shop.serum.id],
    })
    await makeDiscount(shop.tenant, {
      code: 'SKIN15',
      value: 1500,
      appliesTo: 'categories',
      categoryIds: [shop.skincare.id],
    })
    await makeDiscount(shop.tenant, {
      code: 'LIPS',
      kind: 'fixed',
      value: 300,
      appliesTo: 'categories',
      categoryIds: [shop.makeup.id],
    })
    const products = await quote(shop.tenant, both(shop), 'SERUM20')
    assert.equal(products.discountMinor, 960, '20 % of the serums only')
    assert.deepEqual(
      products.lines.map((line) => line.discountMinor),
      [960, 0]
    )
    const category = await quote(shop.tenant, both(shop), 'SKIN15')
    assert.equal(category.discountMinor, 720, 'Serums is inside Skincare')
    const lips = await quote(shop.tenant, both(shop), 'LIPS')
    assert.deepEqual(
      lips.lines.map((line) => line.discountMinor),
      [0, 300]
    )
    const nothing = await quote(
      shop.tenant,
      [{ variantId: shop.lipstick.variants[0].id, quantity: 1 }],
      'SERUM20'
    )
    assert.equal(
      nothing.discountError,
      'This discount code does not apply to anything in your cart.'
    )
  })

  test('dates, unknown and switched-off codes', async ({ assert }) => {
    const shop = await beautyShop(true)
    await makeDiscount(shop.tenant, { code: 'SOON', startsAt: DateTime.now().plus({ days: 1 }) })
    await makeDiscount(shop.tenant, { code: 'OVER', endsAt: DateTime.now().minus({ hours: 1 }) })
    await makeDiscount(shop.tenant, { code: 'OFF', active: false })
    await makeDiscount(shop.tenant, {
      code: 'NOW',
      startsAt: DateTime.now().minus({ days: 1 }),
      endsAt: DateTime.now().plus({ days: 1 }),
    })
    const expect = async (code: string, error: string | null) => {
      const result = await quote(shop.tenant, both(shop), code)
      assert.equal(result.discountError, error, code)
      assert.equal(result.discountMinor, error ? 0 : 605, code)
    }
    await expect('SOON', 'This discount code is not valid yet.')
    await expect('OVER', 'This discount code has expired.')
    await expect('OFF', 'This discount code does not exist.')
    await expect('NOPE', 'This discount code does not exist.')
    await expect('NOW', null)
  })

  test('usage limits in total and per customer are counted when orders are placed', async ({
    assert,
  }) => {
    const shop = await beautyShop(true)
    const once = await makeDiscount(shop.tenant, { code: 'ONCE', usageLimit: 1 })
    const perBuyer = await makeDiscount(shop.tenant, { code: 'WELCOME', perCustomerLimit: 1 })
    const place = (code: string, email: string) =>
      withTenant(shop.tenant.id, async () => {
        const checkout = await readyCheckout(both(shop), { discountCode: code, email })
        return placeOrder({ checkoutId: checkout.id, source: 'web' })
      })

    const first = await place('ONCE', 'ada@example.com')
    assert.equal(first.discountMinor, 605)
    assert.equal(first.discountCode, 'ONCE')
    const usedUp = await quote(shop.tenant, both(shop), 'ONCE', 'grace@example.com')
    assert.equal(usedUp.discountError, 'This discount code has been used up.')
    await assert.rejects(
      () => place('ONCE', 'grace@example.com'),
      'This discount code has been used up.'
    )

    await place('WELCOME', 'ada@example.com')
    const again = await quote(shop.tenant, both(shop), 'WELCOME', 'ADA@example.com')
    assert.equal(again.discountError, 'You have already used this discount code.')
    const someoneElse = await quote(shop.tenant, both(shop), 'WELCOME', 'grace@example.com')
    assert.isNull(someoneElse.discountError)

    await withTenant(shop.tenant.id, async () => {
      assert.equal((await Discount.findOrFail(once.id)).timesUsed, 1)
      assert.equal((await Discount.findOrFail(perBuyer.id)).timesUsed, 1)
      const redemptions = await DiscountRedemption.query().orderBy('created_at')
      assert.deepEqual(
        redemptions.map((row) => row.email),
        ['ada@example.com', 'ada@example.com']
      )
    })
  })

  test('concurrent orders cannot use a single-use code twice', async ({ assert }) => {
    const shop = await beautyShop(true)
    await makeDiscount(shop.tenant, { code: 'FIRST', usageLimit: 1 })
    const checkouts = await Promise.all(
      [0, 1, 2, 3, 4].map((index) =>
        withTenant(shop.tenant.id, () =>
          readyCheckout(both(shop), { discountCode: 'FIRST', email: `buyer${index}@example.com` })
        )
      )
    )
    const outcomes = await Promise.allSettled(
      checkouts.map((checkout) =>
        withTenant(shop.tenant.id, () => placeOrder({ checkoutId: checkout.id, source: 'web' }))
      )
    )
    assert.lengthOf(
      outcomes.filter((outcome) => outcome.status === 'fulfilled'),
      1
    )
  })
})

import { test } from '@japa/runner'
import {
  allocate,
  discountAmount,
  priceOrder,
  taxOf,
  type PricingLine,
} from '#modules/storefront/checkout/pricing'

const serum: PricingLine = {
  key: 'serum',
  productId: 'p-serum',
  categoryId: 'c-skincare',
  unitPriceMinor: 2400,
  quantity: 2,
}
const lipstick: PricingLine = {
  key: 'lipstick',
  productId: 'p-lipstick',
  categoryId: 'c-makeup',
  unitPriceMinor: 1250,
  quantity: 1,
}

test.group('Pricing', () => {
  test('tax inside a price and on top of it', ({ assert }) => {
    assert.equal(taxOf(1200, 2000, true), 200, '20 % inside 12.00 is 2.00')
    assert.equal(taxOf(1000, 2000, false), 200, '20 % on top of 10.00 is 2.00')
    assert.equal(taxOf(999, 550, false), 55, '5.5 % of 9.99 is 0.549… → 0.55')
    assert.equal(taxOf(1000, 0, true), 0)
  })

  test('allocating keeps every unit', ({ assert }) => {
    assert.deepEqual(allocate(100, [1, 1, 1]), [34, 33, 33])
    assert.deepEqual(allocate(7, [4800, 0, 1250]), [6, 0, 1])
    assert.deepEqual(allocate(0, [5, 5]), [0, 0])
  })

  test('tax-inclusive prices: a percentage discount, then tax on what is paid', ({ assert }) => {
    const result = priceOrder({
      lines: [serum, lipstick],
      pricesIncludeTax: true,
      taxRateBasisPoints: 2000,
      discount: {
        kind: 'percentage',
        value: 1000,
        appliesTo: 'all',
        productIds: [],
        categoryIds: [],
      },
      shipping: { priceMinor: 495, freeOverMinor: 5000 },
    })
    assert.equal(result.subtotalMinor, 6050)
    assert.equal(result.discountMinor, 605)
    assert.equal(result.shippingMinor, 0, 'free over 50.00 after the discount (54.45)')
    assert.equal(result.totalMinor, 5445)
    assert.equal(result.taxMinor, 908, 'one sixth of 54.45, per line: 7.20 + 1.88')
    assert.deepEqual(
      result.lines.map((line) => [line.discountMinor, line.taxMinor, line.totalMinor]),
      [
        [480, 720, 4320],
        [125, 188, 1125],
      ]
    )
  })

  test('tax-exclusive prices: tax is added, on shipping too', ({ assert }) => {
    const result = priceOrder({
      lines: [serum],
      pricesIncludeTax: false,
      taxRateBasisPoints: 2000,
      discount: {
        kind: 'fixed',
        value: 800,
        appliesTo: 'all',
        productIds: [],
        categoryIds: [],
      },
      shipping: { priceMinor: 500, freeOverMinor: null },
    })
    assert.equal(result.subtotalMinor, 4800)
    assert.equal(result.discountMinor, 800)
    assert.equal(result.shippingMinor, 500)
    assert.equal(result.shippingTaxMinor, 100)
    assert.equal(result.taxMinor, 900)
    assert.equal(result.totalMinor, 4000 + 500 + 900)
  })

  test('discounts limited to products or categories take off those lines only', ({ assert }) => {
    const onMakeup = {
      kind: 'percentage' as const,
      value: 5000,
      appliesTo: 'categories' as const,
      productIds: [],
      categoryIds: ['c-makeup'],
    }
    assert.equal(discountAmount([serum, lipstick], onMakeup), 625)
    const result = priceOrder({
      lines: [serum, lipstick],
      pricesIncludeTax: true,
      taxRateBasisPoints: 0,
      discount: onMakeup,
      shipping: null,
    })
    assert.deepEqual(
      result.lines.map((line) => line.discountMinor),
      [0, 625]
    )
    const onSerum = { ...onMakeup, appliesTo: 'products' as const, productIds: ['p-serum'] }
    assert.equal(discountAmount([serum, lipstick], onSerum), 2400)
  })

  test('a fixed discount never exceeds what the eligible lines cost', ({ assert }) => {
    const result = priceOrder({
      lines: [lipstick],
      pricesIncludeTax: true,
      taxRateBasisPoints: 2000,
      discount: { kind: 'fixed', value: 5000, appliesTo: 'all', productIds: [], categoryIds: [] },
      shipping: { priceMinor: 395, freeOverMinor: null },
    })
    assert.equal(result.discountMinor, 1250)
    assert.equal(result.totalMinor, 395, 'only shipping is left to pay')
    assert.equal(result.taxMinor, 66, 'the tax inside the shipping')
  })

  test('a category discount covers lines whose category sits inside it', ({ assert }) => {
    const nested = { ...serum, categoryId: 'c-serums', categoryIds: ['c-serums', 'c-skincare'] }
    const discount = {
      kind: 'percentage' as const,
      value: 1000,
      appliesTo: 'categories' as const,
      productIds: [],
      categoryIds: ['c-skincare'],
    }
    assert.equal(discountAmount([nested, lipstick], discount), 480)
    assert.equal(discountAmount([{ ...nested, categoryIds: ['c-serums'] }], discount), 0)
  })
})

import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import Customer from '#kernel/identity/models/customer'
import type Tenant from '#kernel/tenancy/models/tenant'
import { enableModule, enabledModuleKeys } from '#kernel/modules/module_lifecycle'
import TenantModule from '#kernel/modules/tenant_module'
import Category from '#modules/storefront/models/category'
import CustomerAddress from '#modules/storefront/models/customer_address'
import CustomerProfile from '#modules/storefront/models/customer_profile'
import Discount from '#modules/storefront/models/discount'
import Order, { type OrderStatus, type PaymentStatus } from '#modules/storefront/models/order'
import OrderEvent from '#modules/storefront/models/order_event'
import OrderItem from '#modules/storefront/models/order_item'
import Product from '#modules/storefront/models/product'
import ProductImage from '#modules/storefront/models/product_image'
import ProductOption from '#modules/storefront/models/product_option'
import Refund from '#modules/storefront/models/refund'
import Review from '#modules/storefront/models/review'
import ShippingRate from '#modules/storefront/models/shipping_rate'
import ShippingZone from '#modules/storefront/models/shipping_zone'
import TaxRate from '#modules/storefront/models/tax_rate'
import Variant from '#modules/storefront/models/variant'
import type { PaymentMethod } from '#modules/storefront/models/checkout'
import { slugify } from '#modules/storefront/catalog/slugs'
import { storefrontFilesPrefix } from '#modules/storefront/catalog/storage_paths'
import { nextOrderNumber } from '#modules/storefront/orders/order_numbers'
import {
  DEMO_CATEGORIES,
  DEMO_CITIES,
  DEMO_FIRST_NAMES,
  DEMO_LAST_NAMES,
  DEMO_PRODUCTS,
  DEMO_REVIEWS,
  DEMO_STREETS,
  type DemoProduct,
} from '#modules/storefront/demo/demo_catalog_data'
import {
  DEMO_IMAGE_SIZE,
  demoHeroImage,
  demoProductImage,
  demoThumbnail,
} from '#modules/storefront/demo/demo_product_image'

/** A repeatable sequence of pseudo-random numbers: the same demo every time. */
function randomSequence(seed: number) {
  let state = seed
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    integer: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
  }
}

type Random = ReturnType<typeof randomSequence>

function combinations(values: string[][]): string[][] {
  return values.reduce<string[][]>(
    (all, current) => all.flatMap((prefix) => current.map((value) => [...prefix, value])),
    [[]]
  )
}

async function ensureShopIsOpen(tenant: Tenant) {
  const enabled = await enabledModuleKeys()
  if (!enabled.has('storefront')) {
    await enableModule('storefront', { actor: null })
  }
  const row = await TenantModule.findByOrFail('module_key', 'storefront')
  const settings = row.settings as Record<string, any>
  if (!settings.theme) {
    const heroImagePath = `${storefrontFilesPrefix(tenant.id)}/theme/demo-hero.jpg`
    await drive.use().put(heroImagePath, new Uint8Array(await demoHeroImage()))
    row.settings = {
      ...settings,
      theme: {
        accentColor: tenant.brandColor,
        heroTitle: 'Clean beauty, made in Paris',
        heroText: 'Serums, balms and colour for every skin, formulated and packed in France.',
        heroImagePath,
        featuredCategoryIds: [],
      },
      menu: [
        { label: 'Skincare', href: `/s/${tenant.slug}/c/skincare` },
        { label: 'Makeup', href: `/s/${tenant.slug}/c/makeup` },
        { label: 'About', href: `/s/${tenant.slug}/pages/about` },
      ],
      payments: {
        bankTransfer: {
          enabled: true,
          instructions:
            'IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP), reference: your order number.',
        },
        cashOnDelivery: { enabled: true },
      },
    }
    await row.save()
  }
  if (!(await TaxRate.findBy('country', 'FR'))) {
    await TaxRate.createMany([
      { country: 'FR', name: 'TVA', rateBasisPoints: 2000 },
      { country: 'BE', name: 'TVA', rateBasisPoints: 2100 },
      { country: 'DE', name: 'MwSt', rateBasisPoints: 1900 },
    ])
  }
  if (!(await ShippingZone.findBy('name', 'Europe'))) {
    const zone = await ShippingZone.create({ name: 'Europe', countries: ['BE', 'DE', 'LU', 'NL'] })
    await ShippingRate.create({
      zoneId: zone.id,
      name: 'Colissimo International',
      priceMinor: 990,
      freeOverMinor: 8000,
      position: 0,
    })
  }
  if (!(await Discount.findBy('code', 'BIENVENUE10'))) {
    await Discount.createMany([
      { code: 'BIENVENUE10', kind: 'percentage', value: 1000, perCustomerLimit: 1, active: true },
      {
        code: 'SERUM5',
        kind: 'fixed',
        value: 500,
        minimumSubtotalMinor: 4000,
        appliesTo: 'all',
        active: true,
      },
    ])
  }
}

async function ensureCategories() {
  const saved = await Category.all()
  const existing = new Map(saved.map((category) => [category.slug, category]))
  for (const [position, demo] of DEMO_CATEGORIES.entries()) {
    if (!existing.has(demo.slug)) {
      const category = await Category.create({
        name: demo.name,
        slug: demo.slug,
        description: demo.description,
        parentId: demo.parent ? existing.get(demo.parent)!.id : null,
        position,
      })
      existing.set(demo.slug, category)
    }
  }
  return existing
}

function productRow(tenant: Tenant, demo: DemoProduct, index: number, categoryId: string) {
  return {
    name: demo.name,
    slug: slugify(demo.name),
    descriptionHtml: `<p>${demo.description}</p><h3>How to use</h3><p>Apply to clean skin, morning and/or evening. Patch test before first use.</p>`,
    status: 'active' as const,
    currency: tenant.currency,
    priceMinor: demo.priceMinor,
    compareAtMinor: demo.compareAtMinor ?? null,
    sku: `LUM-${String(index + 1).padStart(3, '0')}`,
    categoryId,
    tags: demo.tags,
    attributes: demo.attributes,
    trackInventory: true,
    lowStockThreshold: 5,
    seoTitle: `${demo.name} | ${tenant.name}`,
    seoDescription: demo.description.slice(0, 160),
    publishedAt: DateTime.now().minus({ days: 120 - index }),
  }
}

/** Stores the generated photo and its thumbnail; returns the image row. */
async function productPhoto(tenant: Tenant, product: Product, demo: DemoProduct, index: number) {
  const original = await demoProductImage(demo.shape, demo.colors, index)
  const stem = `${storefrontFilesPrefix(tenant.id)}/products/${product.id}/demo-${product.slug}`
  const disk = drive.use()
  await disk.put(`${stem}.png`, new Uint8Array(original))
  await disk.put(`${stem}_thumb.webp`, new Uint8Array(await demoThumbnail(original)))
  return {
    productId: product.id,
    path: `${stem}.png`,
    thumbnailPath: `${stem}_thumb.webp`,
    mediumPath: `${stem}.png`,
    alt: demo.name,
    width: DEMO_IMAGE_SIZE,
    height: DEMO_IMAGE_SIZE,
    position: 0,
  }
}

async function ensureProducts(tenant: Tenant, categories: Map<string, Category>, random: Random) {
  const slugs = await db.from('storefront_products').select('slug')
  const existing = new Set(slugs.map((row) => row.slug as string))
  const missing = DEMO_PRODUCTS.map((demo, index) => ({ demo, index })).filter(
    ({ demo }) => !existing.has(slugify(demo.name))
  )
  if (missing.length > 0) {
    const created = await Product.createMany(
      missing.map(({ demo, index }) =>
        productRow(tenant, demo, index, categories.get(demo.category)!.id)
      )
    )
    const options = []
    const variants = []
    for (const [position, product] of created.entries()) {
      const { demo } = missing[position]
      const names = Object.keys(demo.options ?? {})
      options.push(
        ...names.map((name, order) => ({
          productId: product.id,
          name,
          position: order,
          values: demo.options![name],
        }))
      )
      const rows = names.length ? combinations(names.map((name) => demo.options![name])) : [[]]
      variants.push(
        ...rows.map((values, order) => ({
          productId: product.id,
          title: values.length ? values.join(' / ') : 'Default',
          optionValues: values,
          sku: `${product.sku}-${order + 1}`,
          priceMinor:
            demo.priceMinor +
            values.reduce((sum, value) => sum + (demo.surcharges?.[value] ?? 0), 0),
          compareAtMinor: demo.compareAtMinor ?? null,
          stockOnHand: random.next() < 0.08 ? random.integer(0, 3) : random.integer(12, 90),
          position: order,
        }))
      )
    }
    if (options.length > 0) await ProductOption.createMany(options)
    await Variant.createMany(variants)
    // Drawn a few at a time: image work runs on libvips' own threads.
    const images = []
    for (let start = 0; start < created.length; start += 4) {
      const batch = created.slice(start, start + 4).map((product, offset) => {
        const { demo, index } = missing[start + offset]
        return productPhoto(tenant, product, demo, index)
      })
      images.push(...(await Promise.all(batch)))
    }
    await ProductImage.createMany(images)
  }
  return Product.query()
    .whereIn(
      'slug',
      DEMO_PRODUCTS.map((demo) => slugify(demo.name))
    )
    .preload('variants')
}

async function ensureCustomers(random: Random) {
  const wanted = DEMO_FIRST_NAMES.map((first, index) => {
    const last = DEMO_LAST_NAMES[(index * 7) % DEMO_LAST_NAMES.length]
    const email = `${slugify(first)}.${slugify(last)}@example.com`
    return { name: `${first} ${last}`, email }
  })
  const found = await Customer.query().whereIn(
    'email',
    wanted.map((person) => person.email)
  )
  const existing = new Set(found.map((customer) => customer.email))
  for (const [index, person] of wanted.entries()) {
    if (existing.has(person.email)) continue
    const customer = await Customer.create({
      name: person.name,
      email: person.email,
      password: null,
      emailVerifiedAt: DateTime.now().minus({ days: 100 - index }),
    })
    const consent = random.next() < 0.6
    await CustomerProfile.create({
      customerId: customer.id,
      phone: `+33 6 ${random.integer(10, 99)} ${random.integer(10, 99)} ${random.integer(10, 99)} ${random.integer(10, 99)}`,
      tags: [
        ...(index % 5 === 0 ? ['vip'] : []),
        ...(index % 7 === 3 ? ['wholesale'] : []),
        ...(index > 18 ? ['new'] : []),
      ],
      marketingConsent: consent,
      marketingConsentAt: consent ? DateTime.now().minus({ days: random.integer(5, 90) }) : null,
    })
    const [city, postalCode] = random.pick(DEMO_CITIES)
    await CustomerAddress.create({
      customerId: customer.id,
      name: person.name,
      line1: `${random.integer(1, 120)} ${random.pick(DEMO_STREETS)}`,
      city,
      postalCode,
      country: 'FR',
      isDefault: true,
    })
  }
  return Customer.query().whereNull('erased_at').whereNot('email', 'like', 'erased-%')
}

async function ensureReviews(products: Product[], customers: Customer[], random: Random) {
  if (await Review.query().first()) return
  const rows = products.flatMap((product, index) => {
    const count = index % 4 === 0 ? 0 : random.integer(1, 4)
    return Array.from({ length: count }, (_, n) => {
      const review = random.pick(DEMO_REVIEWS)
      const author = customers[(index * 3 + n) % customers.length]
      return {
        productId: product.id,
        customerId: author.id,
        authorName: `${author.name.split(' ')[0]} ${author.name.split(' ')[1]?.[0] ?? ''}.`,
        rating: review.rating,
        title: review.title,
        body: review.body,
        verifiedPurchase: random.next() < 0.7,
        status: (n === 0 && index % 9 === 1 ? 'pending' : 'approved') as 'pending' | 'approved',
        createdAt: DateTime.now().minus({ days: random.integer(1, 80) }),
      }
    })
  })
  await Review.createMany(rows)
  await db.rawQuery(
    `update storefront_products p set review_count = r.count, rating_average = r.average
       from (select product_id, count(*)::int as count, round(avg(rating), 2) as average
               from storefront_reviews where status = 'approved' group by product_id) r
      where r.product_id = p.id`
  )
}

/** What happened to an order placed `ageDays` ago, believably. */
function orderFate(ageDays: number, random: Random): OrderStatus | 'refunded' {
  const roll = random.next()
  if (roll < 0.05) return 'cancelled'
  if (roll < 0.09 && ageDays > 7) return 'refunded'
  if (ageDays > 10) return 'delivered'
  if (ageDays > 4) return roll < 0.6 ? 'delivered' : 'fulfilled'
  if (ageDays > 1) return roll < 0.5 ? 'fulfilled' : 'paid'
  return roll < 0.5 ? 'paid' : 'pending'
}

async function ensureOrders(
  tenant: Tenant,
  products: Product[],
  customers: Customer[],
  random: Random
) {
  if (await Order.query().first()) return
  const defaults = await CustomerAddress.query().where('is_default', true)
  const addresses = new Map(defaults.map((address) => [address.customerId, address]))
  const methods: PaymentMethod[] = [
    'stripe',
    'stripe',
    'stripe',
    'bank_transfer',
    'cash_on_delivery',
  ]
  const count = 140
  // One block of order numbers for the whole history.
  const firstNumber = await nextOrderNumber()
  await db
    .from('storefront_counters')
    .where('name', 'order_number')
    .update({ value: firstNumber + count - 1 })

  const plans = Array.from({ length: count }, (_, n) => {
    const ageDays = Math.floor(90 * (1 - n / count) ** 1.3)
    const now = DateTime.now()
    const candidate = now
      .minus({ days: ageDays })
      .set({ hour: random.integer(8, 22), minute: random.integer(0, 59) })
    const placedAt = candidate < now ? candidate : now.minus({ minutes: random.integer(5, 600) })
    const customer = random.pick(customers)
    const guest = random.next() < 0.2
    const lines = Array.from({ length: random.integer(1, 3) }, () => {
      const product = random.pick(products)
      return {
        product,
        variant: random.pick(product.variants),
        quantity: random.next() < 0.8 ? 1 : 2,
      }
    })
    const fate = orderFate(ageDays, random)
    const method = random.pick(methods)
    return { placedAt, customer, guest, lines, fate, method }
  })

  // Numbers follow the order in which the orders came in.
  plans.sort((a, b) => a.placedAt.toMillis() - b.placedAt.toMillis())

  const orders = await Order.createMany(
    plans.map(({ placedAt, customer, guest, lines, fate, method }, n) => {
      const address = addresses.get(customer.id)
      const subtotal = lines.reduce((sum, line) => sum + line.variant.priceMinor * line.quantity, 0)
      const shipping = subtotal >= 5000 ? 0 : 495
      const total = subtotal + shipping
      const paid = fate !== 'pending' && !(fate === 'cancelled' && method !== 'stripe')
      const status: OrderStatus = fate === 'refunded' ? 'delivered' : fate
      const shipped = status === 'fulfilled' || status === 'delivered'
      const paymentStatus: PaymentStatus =
        fate === 'refunded' ? 'refunded' : paid ? 'paid' : 'unpaid'
      return {
        number: firstNumber + n,
        customerId: guest ? null : customer.id,
        email: customer.email,
        customerName: customer.name,
        phone: null,
        shippingAddress: {
          name: customer.name,
          line1: address?.line1 ?? '8 rue des Lilas',
          city: address?.city ?? 'Paris',
          postalCode: address?.postalCode ?? '75011',
          country: 'FR',
        },
        currency: tenant.currency,
        pricesIncludeTax: true,
        subtotalMinor: subtotal,
        shippingMinor: shipping,
        taxMinor: Math.round((total * 2000) / 12000),
        totalMinor: total,
        refundedMinor: fate === 'refunded' ? total : 0,
        shippingMethod: shipping ? 'Colissimo' : 'Colissimo (free)',
        status,
        paymentStatus,
        fulfillmentStatus:
          status === 'delivered' ? 'delivered' : shipped ? 'fulfilled' : 'unfulfilled',
        paymentMethod: method,
        carrier: shipped ? 'Colissimo' : null,
        trackingNumber: shipped ? `6A${String(10_000_000_000 + n * 7919).slice(0, 11)}` : null,
        placedAt,
        paidAt: paid ? placedAt.plus({ hours: 1 }) : null,
        fulfilledAt: shipped ? placedAt.plus({ hours: 30 }) : null,
        deliveredAt: status === 'delivered' ? placedAt.plus({ hours: 80 }) : null,
        cancelledAt: status === 'cancelled' ? placedAt.plus({ hours: 5 }) : null,
      } as const
    })
  )

  const items = []
  const events = []
  const refunds = []
  for (const [index, order] of orders.entries()) {
    const { lines, fate, customer, placedAt } = plans[index]
    items.push(
      ...lines.map((line) => ({
        orderId: order.id,
        productId: line.product.id,
        variantId: line.variant.id,
        name: line.product.name,
        variantTitle: line.variant.title === 'Default' ? null : line.variant.title,
        sku: line.variant.sku,
        unitPriceMinor: line.variant.priceMinor,
        quantity: line.quantity,
        taxMinor: Math.round((line.variant.priceMinor * line.quantity * 2000) / 12000),
        totalMinor: line.variant.priceMinor * line.quantity,
        refundedQuantity: fate === 'refunded' ? line.quantity : 0,
      }))
    )
    const timeline: [string, string, number][] = [['placed', 'Order placed on the storefront.', 0]]
    if (order.paidAt) timeline.push(['paid', 'Payment received.', 1])
    if (order.fulfilledAt) {
      timeline.push([
        'fulfilled',
        `Shipped with Colissimo, tracking number ${order.trackingNumber}.`,
        30,
      ])
    }
    if (order.deliveredAt) timeline.push(['delivered', 'Marked as delivered.', 80])
    if (order.status === 'cancelled') {
      timeline.push(['cancelled', 'Cancelled: customer request.', 5])
    }
    if (fate === 'refunded') {
      timeline.push(['refunded', 'Refunded in full: the product did not suit.', 200])
      refunds.push({
        orderId: order.id,
        amountMinor: order.totalMinor,
        reason: 'The product did not suit',
        restock: false,
        lines: [],
        createdBy: null,
      })
    }
    events.push(
      ...timeline.map(([kind, message, hours]) => ({
        orderId: order.id,
        kind,
        message,
        actorLabel: kind === 'placed' ? customer.email : null,
        metadata: {},
        createdAt: placedAt.plus({ hours }),
      }))
    )
  }
  await OrderItem.createMany(items)
  await OrderEvent.createMany(events)
  if (refunds.length > 0) await Refund.createMany(refunds)
}

/**
 * Fills the demo workspace's shop: categories, 45 beauty products with
 * variants, attributes and generated photos, customers, reviews, and three
 * months of orders. Safe to run again: what exists is kept, nothing is
 * duplicated. Runs in the workspace's tenant scope.
 */
export async function seedDemoShop(tenant: Tenant) {
  const random = randomSequence(20_260_101)
  await ensureShopIsOpen(tenant)
  const categories = await ensureCategories()
  const products = await ensureProducts(tenant, categories, random)
  const customers = await ensureCustomers(random)
  await ensureReviews(products, customers, random)
  await ensureOrders(tenant, products, customers, random)
  const featured = ['serums', 'lips', 'body'].map((slug) => categories.get(slug)!.id)
  const row = await TenantModule.findByOrFail('module_key', 'storefront')
  const settings = row.settings as Record<string, any>
  if (settings.theme && settings.theme.featuredCategoryIds?.length === 0) {
    row.settings = { ...settings, theme: { ...settings.theme, featuredCategoryIds: featured } }
    await row.save()
  }
}

import { test } from '@japa/runner'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import db from '@adonisjs/lucid/services/db'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import Faq from '#modules/chat/models/faq'
import { searchFaqs, searchKnowledge } from '#modules/chat/knowledge/knowledge_search'
import { seedStarterFaqs } from '#modules/chat/knowledge/seed_faqs'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

function addFaq(tenant: Tenant, fields: Partial<Faq> & Pick<Faq, 'question' | 'answer'>) {
  return withTenant(tenant.id, () =>
    Faq.create({ category: null, tags: [], priority: 0, active: true, ...fields })
  )
}

/** A storefront content page, written the way the shop's page editor stores it. */
function addPage(
  tenant: Tenant,
  page: { slug: string; title: string; bodyHtml: string; published: boolean }
) {
  return withTenant(tenant.id, () =>
    db.table('storefront_pages').insert({
      tenant_id: tenant.id,
      slug: page.slug,
      title: page.title,
      body_html: page.bodyHtml,
      published: page.published,
    })
  )
}

function questionsFound(tenant: Tenant, text: string, limit?: number) {
  return withTenant(tenant.id, async () =>
    (await searchFaqs(text, limit)).map((hit) => hit.question)
  )
}

test.group('Chat knowledge: FAQ search', () => {
  test('finds FAQs by their words, their tags and despite typos', async ({ assert }) => {
    const { tenant } = await makeChatShop()
    await withTenant(tenant.id, () => seedStarterFaqs())

    assert.equal((await questionsFound(tenant, 'return policy'))[0], 'What is your return policy?')
    assert.equal(
      (await questionsFound(tenant, "what's your retrun policy?"))[0],
      'What is your return policy?'
    )
    assert.equal(
      (await questionsFound(tenant, 'Is this vegan?'))[0],
      'Are your products cruelty-free and vegan?'
    )
    assert.equal(
      (await questionsFound(tenant, 'do you accept paypal or credit card'))[0],
      'Which payment methods do you accept?'
    )
    assert.equal(
      (
        await questionsFound(
          tenant,
          "Hi! I ordered a moisturizer last week and it hasn't arrived yet, how can I track my order?"
        )
      )[0],
      'How can I track my order?'
    )
    assert.equal(
      (await questionsFound(tenant, 'my skin is very sensitve, any advice?'))[0],
      'I have sensitive skin: should I do a patch test?'
    )
  })

  test('returns nothing for nonsense or small talk', async ({ assert }) => {
    const { tenant } = await makeChatShop()
    await withTenant(tenant.id, () => seedStarterFaqs())
    for (const text of ['xqzv blorft', 'hello there', '', '???', 'what is the weather in Lisbon']) {
      assert.deepEqual(await questionsFound(tenant, text), [], text)
    }
  })

  test('leaves inactive FAQs out and ranks by priority among equals', async ({ assert }) => {
    const { tenant } = await makeChatShop()
    await addFaq(tenant, { question: 'Do you ship to Canada?', answer: 'Yes.', priority: 0 })
    await addFaq(tenant, { question: 'Do you ship to Norway?', answer: 'Yes.', priority: 90 })
    await addFaq(tenant, {
      question: 'Do you ship to Japan?',
      answer: 'Not yet.',
      priority: 100,
      active: false,
    })

    assert.deepEqual(await questionsFound(tenant, 'shipping abroad'), [
      'Do you ship to Norway?',
      'Do you ship to Canada?',
    ])
    assert.deepEqual(await questionsFound(tenant, 'ship to Japan'), [
      'Do you ship to Norway?',
      'Do you ship to Canada?',
    ])
    assert.deepEqual(await questionsFound(tenant, 'shipping abroad', 1), ['Do you ship to Norway?'])
    const [hit] = await withTenant(tenant.id, () => searchFaqs('ship to Canada'))
    assert.equal(hit.question, 'Do you ship to Canada?')
    assert.equal(hit.answer, 'Yes.')
    assert.isAbove(hit.score, 0)
  })

  test("never returns another workspace's FAQs or pages", async ({ assert }) => {
    const shopA = await makeChatShop()
    const shopB = await makeChatShop()
    await addFaq(shopB.tenant, { question: 'What is your return policy?', answer: 'B only.' })
    await addPage(shopB.tenant, {
      slug: 'returns-b',
      title: 'Returns',
      bodyHtml: '<p>Return policy of B.</p>',
      published: true,
    })
    const hits = await withTenant(shopA.tenant.id, () => searchKnowledge('return policy'))
    assert.deepEqual(hits.faqs, [])
    assert.notInclude(
      hits.pages.map((page) => page.slug),
      'returns-b'
    )
  })
})

test.group('Chat knowledge: pages and catalog', () => {
  test('searches published content pages through the storefront', async ({ assert }) => {
    const { tenant } = await makeChatShop()
    await withTenant(tenant.id, () => db.from('storefront_pages').delete())
    await addPage(tenant, {
      slug: 'shipping-returns',
      title: 'Shipping & returns',
      bodyHtml:
        '<p>We ship to the whole of Europe.</p><p>Unopened products can be <strong>returned</strong> within 30 days &amp; refunded in full.</p>',
      published: true,
    })
    await addPage(tenant, {
      slug: 'ingredients-draft',
      title: 'Our ingredients',
      bodyHtml: '<p>Niacinamide, hyaluronic acid and returns of nothing.</p>',
      published: false,
    })
    await addPage(tenant, {
      slug: 'about',
      title: 'About us',
      bodyHtml: '<p>A small family business from Porto.</p>',
      published: true,
    })
    await makeProduct(tenant, {
      name: 'Niacinamide Serum',
      descriptionHtml: '<p>Evens out the tone of oily skin.</p>',
    })

    const hits = await withTenant(tenant.id, () =>
      searchKnowledge('can I return an opened product?')
    )
    assert.deepEqual(
      hits.pages.map((page) => page.slug),
      ['shipping-returns']
    )
    assert.equal(hits.pages[0].path, '/pages/shipping-returns')
    assert.equal(hits.pages[0].title, 'Shipping & returns')
    assert.include(hits.pages[0].excerpt, 'returned within 30 days & refunded')
    assert.notInclude(hits.pages[0].excerpt, '<')

    const typo = await withTenant(tenant.id, () => searchKnowledge('shiping'))
    assert.deepEqual(
      typo.pages.map((page) => page.slug),
      ['shipping-returns']
    )

    const draft = await withTenant(tenant.id, () => searchKnowledge('niacinamide'))
    assert.deepEqual(draft.pages, [])
    assert.deepEqual(
      draft.products.map((product) => product.name),
      ['Niacinamide Serum']
    )

    await makeProduct(tenant, {
      name: 'Barrier Cream',
      descriptionHtml: '<p>Rich cream for very dry skin.</p>',
    })
    const products = await withTenant(tenant.id, () =>
      searchKnowledge('Hello, do you have something for dry skin?')
    )
    // A customer's sentence finds products holding any of its meaningful words.
    assert.include(
      products.products.map((product) => product.name),
      'Barrier Cream'
    )
    assert.equal(products.products[0].path.startsWith('/products/'), true)

    const nonsense = await withTenant(tenant.id, () => searchKnowledge('xqzv blorft'))
    assert.deepEqual(nonsense, { faqs: [], pages: [], products: [] })
  })
})

import { join } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import sharp from 'sharp'
import env from '#start/env'
import Tenant from '#kernel/tenancy/models/tenant'
import { platformDomain } from '#kernel/tenancy/storefront_host'
import { tenantResolver } from '#kernel/tenancy/tenant_resolver'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember } from '#tests/support/factories'
import { fieldErrors } from '#tests/support/assertions'
import ShopPage from '#modules/storefront/models/shop_page'
import { DnsTxtResolver } from '#modules/storefront/settings/custom_domain'
import { shopSettings } from '#modules/storefront/settings/shop_settings'
import { makeCategory, makeShop } from '#modules/storefront/tests/support/storefront_factories'

/** Answers TXT lookups from a table, like a DNS zone with these records. */
class LocalTxtRecords extends DnsTxtResolver {
  constructor(private records: Record<string, string[][]>) {
    super()
  }

  async resolveTxt(hostname: string) {
    const answer = this.records[hostname]
    if (!answer) {
      throw Object.assign(new Error(`queryTxt ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
    }
    return answer
  }
}

async function png(name: string) {
  const path = join(app.tmpPath(), name)
  await sharp({
    create: { width: 64, height: 32, channels: 3, background: { r: 200, g: 40, b: 90 } },
  })
    .png()
    .toFile(path)
  return path
}

const settingsOf = (tenantId: string) => withTenant(tenantId, () => shopSettings())

test.group('Storefront back office: shop settings', () => {
  test('saves the theme with a logo, a hero image and featured categories', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeShop()
    const lips = await makeCategory(tenant, { name: 'Lips' })
    const response = await client
      .put(`/app/${tenant.slug}/storefront/settings/theme`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
      .field('accent_color', '#c2255c')
      .field('hero_title', 'Clean beauty, made in Paris')
      .field('hero_text', 'Serums, balms and tints for every skin.')
      .field('featured_category_ids[]', lips.id)
      .file('logo', await png('logo.png'))
      .file('hero_image', await png('hero.png'))
    response.assertStatus(302)
    assert.deepEqual(fieldErrors(response), {})

    const settings = await settingsOf(tenant.id)
    assert.equal(settings.theme.accentColor, '#c2255c')
    assert.equal(settings.theme.heroTitle, 'Clean beauty, made in Paris')
    assert.deepEqual(settings.theme.featuredCategoryIds, [lips.id])
    assert.match(
      settings.theme.heroImagePath!,
      new RegExp(`^storefront/${tenant.id}/theme/.+\\.png$`)
    )
    const saved = await Tenant.findOrFail(tenant.id)
    assert.match(saved.logoPath!, /^logos\/.+\.png$/)

    const page = await client
      .get(`/app/${tenant.slug}/storefront/settings`)
      .loginAs(owner)
      .withInertia()
    page.assertInertiaComponent('storefront/settings/index')
    assert.equal(page.inertiaProps.theme.heroTitle, 'Clean beauty, made in Paris')
    assert.match(page.inertiaProps.theme.logoUrl, /^\/uploads\/logos\//)
    assert.lengthOf(page.inertiaProps.pages, 5)

    const removed = await client
      .put(`/app/${tenant.slug}/storefront/settings/theme`)
      .json({ accent_color: '#c2255c', remove_hero_image: true })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    removed.assertStatus(302)
    assert.isNull((await settingsOf(tenant.id)).theme.heroImagePath)
  })

  test('validates the theme, menu, pages and payment methods', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop()
    const other = await makeShop()
    const foreignCategory = await makeCategory(other.tenant)
    const base = `/app/${tenant.slug}/storefront/settings`
    const put = (path: string, body: object) =>
      client.put(`${base}${path}`).json(body).loginAs(owner).accept('json').withCsrfToken()
    const errorsOf = async (path: string, body: object) => {
      const response = await put(path, body)
      response.assertStatus(422)
      return Object.fromEntries(
        (response.body().errors as { field: string; message: string }[]).map((error) => [
          error.field,
          error.message,
        ])
      )
    }

    const theme = await errorsOf('/theme', {
      accent_color: 'pink',
      hero_title: 'x'.repeat(121),
      featured_category_ids: ['nope'],
    })
    assert.match(theme.accent_color, /an accent colour has an invalid format/i)
    assert.match(theme.hero_title, /at most 120/)
    assert.include(Object.keys(theme), 'featured_category_ids.0')
    const foreign = await errorsOf('/theme', {
      accent_color: '#112233',
      featured_category_ids: [foreignCategory.id],
    })
    assert.match(foreign.featured_category_ids, /do not exist/)

    const notAnImage = await client
      .put(`${base}/theme`)
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
      .field('accent_color', '#112233')
      .file('logo', Buffer.from('<svg onload="alert(1)"/>'), { filename: 'logo.png' })
    notAnImage.assertStatus(422)
    const [logoError] = notAnImage.body().errors
    assert.equal(logoError.field, 'logo')
    assert.match(logoError.message, /png|PNG/)
    assert.isNull((await Tenant.findOrFail(tenant.id)).logoPath)

    const menu = await errorsOf('/menu', {
      menu: [
        { label: '', href: '/s/shop/about' },
        { label: 'Evil', href: 'javascript:alert(1)' },
        { label: 'Protocol relative', href: '//evil.example' },
      ],
    })
    assert.match(menu['menu.0.label'], /a label/)
    assert.match(menu['menu.1.href'], /a link/)
    assert.include(Object.keys(menu), 'menu.2.href')

    const payments = await errorsOf('/payments', {
      bank_transfer_enabled: true,
      cash_on_delivery_enabled: 'sometimes',
    })
    assert.property(payments, 'cash_on_delivery_enabled')
    const instructions = await errorsOf('/payments', { bank_transfer_enabled: true })
    assert.match(instructions.bank_transfer_instructions, /IBAN/)

    const [page] = await withTenant(tenant.id, () => ShopPage.query().orderBy('slug'))
    const pageErrors = await errorsOf(`/pages/${page.id}`, { title: '', body_html: 5 })
    assert.property(pageErrors, 'title')

    const settings = await settingsOf(tenant.id)
    assert.isNull(settings.theme.accentColor)
    assert.deepEqual(settings.menu, [])
    assert.isFalse(settings.payments.bankTransfer.enabled)
  })

  test('saves the menu, the payment methods and sanitized content pages', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeShop()
    const base = `/app/${tenant.slug}/storefront/settings`
    const put = (path: string, body: object) =>
      client.put(`${base}${path}`).json(body).loginAs(owner).withCsrfToken().redirects(0)

    ;(
      await put('/menu', {
        menu: [
          { label: 'New in', href: `/s/${tenant.slug}/search?sort=newest` },
          { label: 'Journal', href: 'https://journal.example.com' },
        ],
      })
    ).assertStatus(302)
    ;(
      await put('/payments', {
        bank_transfer_enabled: true,
        bank_transfer_instructions:
          'IBAN FR76 3000 6000 0112 3456 7890 189, reference: your order number',
        cash_on_delivery_enabled: true,
      })
    ).assertStatus(302)
    const about = await withTenant(tenant.id, () => ShopPage.findByOrFail('slug', 'about'))
    ;(
      await put(`/pages/${about.id}`, {
        title: 'Our story',
        body_html:
          '<h2>Since 2019</h2><p onclick="steal()">Small batches.<script>alert(1)</script></p><a href="javascript:alert(1)">x</a>',
        published: true,
      })
    ).assertStatus(302)

    const settings = await settingsOf(tenant.id)
    assert.deepEqual(
      settings.menu.map((item) => item.label),
      ['New in', 'Journal']
    )
    assert.isTrue(settings.payments.bankTransfer.enabled)
    assert.match(settings.payments.bankTransfer.instructions!, /^IBAN FR76/)
    assert.isTrue(settings.payments.cashOnDelivery.enabled)
    const saved = await withTenant(tenant.id, () => ShopPage.findOrFail(about.id))
    assert.equal(saved.title, 'Our story')
    assert.include(saved.bodyHtml, '<h2>Since 2019</h2>')
    assert.notInclude(saved.bodyHtml, 'script')
    assert.notInclude(saved.bodyHtml, 'onclick')
    assert.notInclude(saved.bodyHtml, 'javascript:')
  })

  test('a custom domain is verified through its DNS TXT record', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { tenant, owner } = await makeShop()
    const base = `/app/${tenant.slug}/storefront/settings/domain`
    const records: Record<string, string[][]> = {}
    app.container.swap(DnsTxtResolver, () => new LocalTxtRecords(records))
    cleanup(() => app.container.restore(DnsTxtResolver))

    const bad = await client
      .put(base)
      .json({ domain: 'not a domain' })
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    bad.assertStatus(422)
    const platform = await client
      .put(base)
      .json({ domain: `shop.${platformDomain()}` })
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    platform.assertStatus(422)
    assert.match(JSON.stringify(platform.body()), /platform’s addresses/)

    ;(
      await client
        .put(base)
        .json({ domain: 'Shop.Glow-Lab.example' })
        .loginAs(owner)
        .withCsrfToken()
        .redirects(0)
    ).assertStatus(302)
    let saved = await Tenant.findOrFail(tenant.id)
    assert.equal(saved.customDomain, 'shop.glow-lab.example')
    assert.isNull(saved.customDomainVerifiedAt)
    const page = await client
      .get(`/app/${tenant.slug}/storefront/settings`)
      .loginAs(owner)
      .withInertia()
    const record = page.inertiaProps.domain.record
    assert.equal(record.name, '_wrencos-verification.shop.glow-lab.example')
    assert.equal(record.value, `wrencos-verification=${saved.customDomainToken}`)

    const verify = () => client.post(`${base}/verify`).loginAs(owner).withCsrfToken().redirects(0)
    const missing = await verify()
    assert.match(String(missing.flashMessage('error')), /not found yet/)
    assert.isNull((await Tenant.findOrFail(tenant.id)).customDomainVerifiedAt)
    assert.isNull(await tenantResolver.byCustomDomain('shop.glow-lab.example'))

    records[record.name] = [['wrencos-verification=somebody-else']]
    const wrong = await verify()
    assert.match(String(wrong.flashMessage('error')), /does not hold the expected value/)

    records[record.name] = [['v=spf1 -all'], ['wrencos-verification=', saved.customDomainToken!]]
    const ok = await verify()
    assert.match(String(ok.flashMessage('success')), /is verified/)
    saved = await Tenant.findOrFail(tenant.id)
    assert.isNotNull(saved.customDomainVerifiedAt)
    const resolved = await tenantResolver.byCustomDomain('shop.glow-lab.example')
    assert.equal(resolved?.id, tenant.id)

    const other = await makeShop()
    const taken = await client
      .put(`/app/${other.tenant.slug}/storefront/settings/domain`)
      .json({ domain: 'shop.glow-lab.example' })
      .loginAs(other.owner)
      .accept('json')
      .withCsrfToken()
    taken.assertStatus(422)
    assert.match(JSON.stringify(taken.body()), /another shop/)

    ;(await client.delete(base).loginAs(owner).withCsrfToken().redirects(0)).assertStatus(302)
    assert.isNull((await Tenant.findOrFail(tenant.id)).customDomain)
  })

  test('other workspaces and agents cannot change the settings', async ({ client, assert }) => {
    const { tenant } = await makeShop()
    const about = await withTenant(tenant.id, () => ShopPage.findByOrFail('slug', 'about'))
    const other = await makeShop()
    const foreign = await client
      .put(`/app/${other.tenant.slug}/storefront/settings/pages/${about.id}`)
      .json({ title: 'Hacked', body_html: '<p>x</p>' })
      .loginAs(other.owner)
      .accept('json')
      .withCsrfToken()
    foreign.assertStatus(404)
    const page = await client
      .get(`/app/${other.tenant.slug}/storefront/settings`)
      .loginAs(other.owner)
      .withInertia()
    assert.notInclude(
      page.inertiaProps.pages.map((row: { id: string }) => row.id),
      about.id
    )
    const outsider = await client
      .put(`/app/${tenant.slug}/storefront/settings/menu`)
      .json({ menu: [] })
      .loginAs(other.owner)
      .accept('json')
      .withCsrfToken()
    outsider.assertStatus(404)

    const agent = await addMember(tenant.id, 'agent')
    ;(await client.get(`/app/${tenant.slug}/storefront/settings`).loginAs(agent)).assertStatus(403)
    const agentPut = await client
      .put(`/app/${tenant.slug}/storefront/settings/payments`)
      .json({ cash_on_delivery_enabled: true })
      .loginAs(agent)
      .accept('json')
      .withCsrfToken()
    agentPut.assertStatus(403)
    assert.equal(
      (await withTenant(tenant.id, () => ShopPage.findOrFail(about.id))).title,
      'About us'
    )
    assert.isFalse((await settingsOf(tenant.id)).payments.cashOnDelivery.enabled)
  })

  test('the payments section links to Stripe onboarding when the platform has Stripe', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { tenant, owner } = await makeShop()
    const url = `/app/${tenant.slug}/storefront/settings?tab=payments`
    const previous = env.get('STRIPE_SECRET_KEY')
    cleanup(() => env.set('STRIPE_SECRET_KEY', previous ?? ''))

    env.set('STRIPE_SECRET_KEY', '')
    const without = await client.get(url).loginAs(owner).withInertia()
    assert.equal(without.inertiaProps.tab, 'payments')
    assert.isNull(without.inertiaProps.stripeConnectUrl)
    assert.isNull(without.inertiaProps.stripe)

    env.set('STRIPE_SECRET_KEY', 'sk_test_platform')
    const withStripe = await client.get(url).loginAs(owner).withInertia()
    assert.equal(
      withStripe.inertiaProps.stripeConnectUrl,
      `/app/${tenant.slug}/storefront/settings/payments/stripe`
    )
  })
})

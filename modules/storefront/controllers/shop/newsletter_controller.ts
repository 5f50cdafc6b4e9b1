import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { emitEvent } from '#kernel/contracts/emit_event'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import NewsletterSubscriber from '#modules/storefront/models/newsletter_subscriber'
import { newsletterValidator, shopMessages } from '#modules/storefront/validators/shop'

/** The sentence shown next to the checkbox, stored with each consent. */
export const NEWSLETTER_CONSENT = (shopName: string) =>
  `I agree to receive the ${shopName} newsletter by email. I can unsubscribe at any time.`

export default class NewsletterController {
  async store(ctx: HttpContext) {
    const { email } = await ctx.request.validateUsing(newsletterValidator, {
      messagesProvider: shopMessages,
    })
    const consentText = NEWSLETTER_CONSENT(ctx.tenant!.name)
    const existing = await NewsletterSubscriber.findBy('email', email)
    if (existing && !existing.unsubscribedAt) {
      ctx.session.flash('success', 'You are already subscribed. Thank you!')
      return ctx.response.redirect().back()
    }
    const subscriber = existing ?? new NewsletterSubscriber()
    subscriber.merge({
      email,
      customerId: ctx.customer?.email === email ? ctx.customer.id : (existing?.customerId ?? null),
      source: 'footer',
      consentText,
      consentedAt: DateTime.now(),
      unsubscribedAt: null,
    })
    await subscriber.save()
    await emitEvent('storefront.newsletter.subscribed', {
      tenantId: requireTenantId(),
      subscriberId: subscriber.id,
    })
    ctx.session.flash('success', 'You are subscribed to our newsletter. Thank you!')
    return ctx.response.redirect().back()
  }
}

import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import PlatformSetting from '#kernel/billing/models/platform_setting'
import { billingSettings } from '#kernel/billing/dunning/billing_settings'
import { platformSettingsValidator } from '#kernel/ops/validators'

/** The operator's platform settings: the billing grace period and restricted shops. */
export default class PlatformSettingsController {
  async show({ inertia }: HttpContext) {
    const settings = await billingSettings()
    return inertia.render('ops/settings', {
      settings: {
        graceDays: settings.graceDays,
        restrictedStorefront: settings.restrictedStorefront,
      },
    })
  }

  async update({ request, response, session, operator }: HttpContext) {
    const values = await request.validateUsing(platformSettingsValidator)
    await PlatformSetting.updateOrCreateMany('key', [
      { key: 'billing.grace_days', value: JSON.stringify(values.grace_days) },
      { key: 'billing.restricted_storefront', value: JSON.stringify(values.restricted_storefront) },
    ])
    logger.info({ operatorId: operator!.id, ...values }, 'platform settings changed')
    session.flash('success', 'Settings saved.')
    return response.redirect().toRoute('ops.settings.show')
  }
}

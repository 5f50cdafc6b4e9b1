import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { requestAuditContext } from '#kernel/audit/record_audit_event'
import { moduleCatalog } from '#kernel/modules/module_catalog'
import { moduleRegistry } from '#kernel/modules/module_registry'
import {
  PURGE_DELAY_DAYS,
  cancelPurge,
  disableModule,
  enableModule,
  schedulePurge,
} from '#kernel/modules/module_lifecycle'
import { forgetEnabledModules } from '#kernel/modules/request_modules'
import { purgeConfirmationValidator } from '#kernel/modules/validators'
import { fieldError } from '#kernel/validation/field_error'

function nameOf(key: string) {
  return moduleRegistry.get(key)?.manifest.name ?? key
}

function listOf(names: string[]) {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/**
 * Workspace settings → Modules: switch modules on and off, and purge the
 * data of one that is off.
 */
export default class ModulesController {
  async index({ bouncer, inertia, member }: HttpContext) {
    await bouncer.authorize('can', 'workspace.settings.view')
    return inertia.render('workspace/settings/modules', {
      modules: await moduleCatalog(),
      canManage: member!.can('workspace.modules.manage'),
      canPurge: member!.role === 'owner',
      purgeDelayDays: PURGE_DELAY_DAYS(),
    })
  }

  async enable(ctx: HttpContext) {
    const { bouncer, session, response } = ctx
    await bouncer.authorize('can', 'workspace.modules.manage')
    const key = this.#moduleKey(ctx)
    const enabled = await enableModule(key, requestAuditContext(ctx))
    forgetEnabledModules(ctx)
    session.flash(
      'success',
      enabled.length === 0
        ? `${nameOf(key)} is already on.`
        : `${listOf(enabled.map(nameOf))} ${enabled.length > 1 ? 'are' : 'is'} now on.`
    )
    return response.redirect().back()
  }

  async disable(ctx: HttpContext) {
    const { bouncer, session, response } = ctx
    await bouncer.authorize('can', 'workspace.modules.manage')
    const key = this.#moduleKey(ctx)
    const disabled = await disableModule(key, requestAuditContext(ctx))
    forgetEnabledModules(ctx)
    session.flash(
      'success',
      disabled.length === 0
        ? `${nameOf(key)} is already off.`
        : `${listOf(disabled.map(nameOf))} switched off. ${disabled.length > 1 ? 'Their data is' : 'Its data is'} kept: switch ${disabled.length > 1 ? 'them' : 'it'} on again to pick up where you left off.`
    )
    return response.redirect().back()
  }

  async schedulePurge(ctx: HttpContext) {
    const { bouncer, request, session, response } = ctx
    await bouncer.authorize('ownerOnly')
    const key = this.#moduleKey(ctx)
    const { confirmation } = await request.validateUsing(purgeConfirmationValidator)
    if (confirmation.trim() !== key) {
      throw fieldError('confirmation', `Type "${key}" to confirm.`)
    }
    const row = await schedulePurge(key, confirmation, requestAuditContext(ctx))
    session.flash(
      'success',
      `The data of ${nameOf(key)} will be deleted on ${row.purgeAfter!.toFormat('d LLLL yyyy')}. You can cancel until then.`
    )
    return response.redirect().back()
  }

  async cancelPurge(ctx: HttpContext) {
    const { bouncer, session, response } = ctx
    await bouncer.authorize('ownerOnly')
    const key = this.#moduleKey(ctx)
    await cancelPurge(key, requestAuditContext(ctx))
    session.flash('success', `The deletion of ${nameOf(key)} data is cancelled.`)
    return response.redirect().back()
  }

  #moduleKey({ params, request }: HttpContext) {
    if (!moduleRegistry.has(params.key)) {
      throw new errors.E_ROUTE_NOT_FOUND([request.method(), request.url()])
    }
    return params.key as string
  }
}

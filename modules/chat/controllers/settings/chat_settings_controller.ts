import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { appUrl } from '#config/app'
import { updateModuleSettings } from '#kernel/modules/module_lifecycle'
import { recordAuditEvent, requestAuditContext } from '#kernel/audit/record_audit_event'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import { LANGUAGES } from '#kernel/tenancy/reference_data'
import { fieldError } from '#kernel/validation/field_error'
import { ensureWidgetChannel, newWidgetKey } from '#modules/chat/channels/widget_channel'
import {
  chatSettings,
  encryptGeminiKey,
  workspaceGeminiKey,
  type Weekday,
} from '#modules/chat/settings/chat_settings'
import { chatStatsThisMonth } from '#modules/chat/analytics/chat_stats'
import { parseAllowedOrigins } from '#modules/chat/controllers/settings/allowed_origins'
import {
  geminiKeyValidator,
  settingsFormValidator,
  widgetFormValidator,
} from '#modules/chat/validators/settings'

const PERMISSION = 'chat.settings.manage'

export function widgetSnippet(key: string) {
  return `<script src="${appUrl}/chat/widget.js" data-key="${key}" async></script>`
}

function assertOpensBeforeClosing(days: Partial<Record<Weekday, { open: string; close: string }>>) {
  for (const [day, hours] of Object.entries(days)) {
    if (hours && hours.close <= hours.open) {
      throw fieldError(`businessHours.days.${day}.close`, 'Closing time must be after opening.')
    }
  }
}

/** The Chat settings page: the assistant, business hours, the Gemini key and the website widget. */
export default class ChatSettingsController {
  async show({ bouncer, tenant, inertia }: HttpContext) {
    await bouncer.authorize('can', PERMISSION)
    const stored = await chatSettings()
    const { geminiApiKeyEncrypted: secret, ...settings } = stored
    const ownKey = secret ? workspaceGeminiKey(stored) : null
    const channel = await ensureWidgetChannel()
    const meter = await app.container.make(UsageMeter)
    const usage = await meter.usage('ai_messages')
    return inertia.render('chat/settings/index', {
      settings,
      timezone: tenant!.timezone,
      languages: LANGUAGES,
      gemini: {
        ownKeyEnding: ownKey ? ownKey.slice(-4) : null,
        platformKey: Boolean(env.get('GEMINI_API_KEY')),
        usage: { used: usage.used, limit: usage.limit },
      },
      widget: {
        key: channel.publicKey,
        snippet: widgetSnippet(channel.publicKey),
        color: channel.settings.color,
        position: channel.settings.position,
        greeting: channel.settings.greeting,
        allowedOrigins: channel.settings.allowedOrigins.join('\n'),
        active: channel.active,
      },
      stats: await chatStatsThisMonth(tenant!.timezone),
    })
  }

  async update(ctx: HttpContext) {
    const { bouncer, request, session, response } = ctx
    await bouncer.authorize('can', PERMISSION)
    const input = await request.validateUsing(settingsFormValidator)
    assertOpensBeforeClosing(input.businessHours.days)
    await updateModuleSettings(
      'chat',
      { ...input, instructions: input.instructions ?? '' },
      requestAuditContext(ctx)
    )
    session.flash('success', 'Chat settings saved.')
    return response.redirect().back()
  }

  async saveGeminiKey(ctx: HttpContext) {
    const { bouncer, request, session, response } = ctx
    await bouncer.authorize('can', PERMISSION)
    const { geminiKey } = await request.validateUsing(geminiKeyValidator)
    await updateModuleSettings(
      'chat',
      { geminiApiKeyEncrypted: encryptGeminiKey(geminiKey) },
      requestAuditContext(ctx)
    )
    session.flash('success', 'Your Gemini key is saved; the assistant uses it from now on.')
    return response.redirect().back()
  }

  async removeGeminiKey(ctx: HttpContext) {
    const { bouncer, session, response } = ctx
    await bouncer.authorize('can', PERMISSION)
    await updateModuleSettings('chat', { geminiApiKeyEncrypted: null }, requestAuditContext(ctx))
    session.flash('success', 'Your Gemini key is removed.')
    return response.redirect().back()
  }

  async updateWidget(ctx: HttpContext) {
    const { bouncer, request, session, response } = ctx
    await bouncer.authorize('can', PERMISSION)
    const input = await request.validateUsing(widgetFormValidator)
    const allowedOrigins = parseAllowedOrigins(input.allowedOrigins)
    const channel = await ensureWidgetChannel()
    channel.settings = {
      color: input.color,
      position: input.position,
      greeting: input.greeting || null,
      allowedOrigins,
    }
    channel.active = input.active
    await channel.save()
    await recordAuditEvent({
      ...requestAuditContext(ctx),
      action: 'chat.widget_changed',
      subject: { type: 'chat_channel', id: channel.id, label: channel.name },
      metadata: { active: channel.active, allowedOrigins },
    })
    session.flash('success', 'Widget settings saved.')
    return response.redirect().back()
  }

  async regenerateWidgetKey(ctx: HttpContext) {
    const { bouncer, tenant, session, response } = ctx
    await bouncer.authorize('can', PERMISSION)
    const channel = await ensureWidgetChannel()
    channel.publicKey = newWidgetKey(tenant!.id)
    await channel.save()
    await recordAuditEvent({
      ...requestAuditContext(ctx),
      action: 'chat.widget_key_regenerated',
      subject: { type: 'chat_channel', id: channel.id, label: channel.name },
    })
    session.flash(
      'success',
      'New widget key made. Replace the snippet on your website: the old key no longer works.'
    )
    return response.redirect().back()
  }
}

import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export interface WidgetSettings {
  color: string | null
  position: 'bottom-right' | 'bottom-left'
  greeting: string | null
  /** Sites allowed to embed the widget; empty allows any. */
  allowedOrigins: string[]
}

/** A door customers write from besides the storefront (widget, WhatsApp…). */
export default class Channel extends TenantModel {
  static table = 'chat_channels'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare kind: 'widget' | 'whatsapp'

  @column()
  declare name: string

  @column()
  declare publicKey: string

  @column({ prepare: (value: WidgetSettings) => JSON.stringify(value) })
  declare settings: WidgetSettings

  @column()
  declare active: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}

import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { errors as vineErrors } from '@vinejs/vine'
import { DateTime } from 'luxon'

/**
 * Creates a platform operator, or makes an existing user one. Whatever is
 * not given as a flag is asked for. Running it again for the same email
 * changes nothing.
 */
export default class CreateOperator extends BaseCommand {
  static commandName = 'ops:create-operator'
  static description = 'Create a platform operator (or promote an existing user) for /ops'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'Email address to sign in with' })
  declare email?: string

  @flags.string({ description: 'Full name (new accounts only)' })
  declare name?: string

  @flags.string({ description: 'Password (new accounts only); asked for when left out' })
  declare password?: string

  async run() {
    const { default: User } = await import('#kernel/identity/models/user')
    const { newOperatorValidator, operatorEmailValidator } = await import('#kernel/ops/validators')

    try {
      const { email } = await operatorEmailValidator.validate({
        email: this.email ?? (await this.prompt.ask('Email address')),
      })
      const existing = await User.findBy('email', email)
      if (existing) {
        if (existing.isOperator) {
          this.logger.info(`${email} is already an operator`)
          return
        }
        existing.platformRole = 'operator'
        await existing.save()
        this.logger.success(`${email} is now an operator`)
        return
      }

      const data = await newOperatorValidator.validate({
        email,
        name: this.name ?? (await this.prompt.ask('Full name')),
        password: this.password ?? (await this.prompt.secure('Password')),
      })
      await User.create({
        email: data.email,
        name: data.name,
        password: data.password,
        platformRole: 'operator',
        emailVerifiedAt: DateTime.now(),
      })
      this.logger.success(`Created operator ${data.email}: sign in at /login, then open /ops`)
    } catch (error) {
      if (error instanceof vineErrors.E_VALIDATION_ERROR) {
        for (const message of error.messages as { message: string }[]) {
          this.logger.error(message.message)
        }
        this.exitCode = 1
        return
      }
      throw error
    }
  }
}

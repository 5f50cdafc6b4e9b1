import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DateTime } from 'luxon'
import User from '#kernel/identity/models/user'
import { DEMO } from '#database/demo_credentials'

/**
 * A platform operator for the operator console (`/ops`) in development.
 * Does nothing when the account exists.
 */
export default class DemoOperatorSeeder extends BaseSeeder {
  static environment = ['development']

  async run() {
    if (await User.findBy('email', DEMO.operator.email)) {
      return
    }
    await User.create({
      ...DEMO.operator,
      platformRole: 'operator',
      emailVerifiedAt: DateTime.now(),
    })
  }
}

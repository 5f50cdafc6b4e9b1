import mail from '@adonisjs/mail/services/main'
import type { BaseMail } from '@adonisjs/mail'
import Membership from '#kernel/identity/models/membership'

/** Queues one email per owner of the current workspace. */
export async function mailOwners(build: (email: string) => BaseMail) {
  const owners = await Membership.query().where('role', 'owner').preload('user')
  for (const owner of owners) {
    await mail.sendLater(build(owner.user.email))
  }
  return owners.length
}

import { DateTime } from 'luxon'
import Invitation from '#kernel/identity/models/invitation'
import Membership from '#kernel/identity/models/membership'

/**
 * Seats taken in the current workspace: every member (owners included)
 * and every invitation still waiting for an answer.
 */
export async function countStaffSeats() {
  const members = await Membership.query().count('* as total').first()
  const pending = await Invitation.query()
    .whereNull('accepted_at')
    .whereNull('revoked_at')
    .where('expires_at', '>', DateTime.now().toJSDate())
    .count('* as total')
    .first()
  return Number(members?.$extras.total ?? 0) + Number(pending?.$extras.total ?? 0)
}

import { defineListener } from '#kernel/contracts/define_listener'
import { notifyStaff } from '#kernel/contracts/staff_notifications'
import Membership from '#kernel/identity/models/membership'
import User from '#kernel/identity/models/user'
import Tenant from '#kernel/tenancy/models/tenant'
import { ROLE_LABELS } from '#kernel/identity/roles'

/**
 * Tells the team when someone accepts an invitation.
 */
export default defineListener({
  name: 'notify_member_joined',
  event: 'workspace.member.joined',
  async handle({ tenantId, membershipId, userId }) {
    const membership = await Membership.find(membershipId)
    const user = await User.find(userId)
    if (!membership || !user) {
      return
    }
    const tenant = await Tenant.findOrFail(tenantId)
    await notifyStaff({
      kind: 'workspace.member_joined',
      title: `${user.name} joined the team`,
      body: `${user.name} (${user.email}) joined ${tenant.name} as ${ROLE_LABELS[membership.role].toLowerCase()}.`,
      url: `/app/${tenant.slug}/settings/team`,
      exceptUserId: user.id,
    })
  },
})

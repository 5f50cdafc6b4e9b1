import Membership from '#kernel/identity/models/membership'
import Invitation from '#kernel/identity/models/invitation'
import type User from '#kernel/identity/models/user'
import type Tenant from '#kernel/tenancy/models/tenant'

export type ChecklistItem = {
  key: string
  title: string
  description: string
  done: boolean
  href: string
}

/**
 * The "getting started" checklist on a new workspace's dashboard, computed
 * from what the workspace already has (tenant scope).
 */
export async function gettingStarted(tenant: Tenant, user: User) {
  const base = `/app/${tenant.slug}`
  const members = await Membership.query().count('* as total').first()
  const invitations = await Invitation.query().count('* as total').first()
  const teamSize = Number(members?.$extras.total ?? 0) + Number(invitations?.$extras.total ?? 0)

  const items: ChecklistItem[] = [
    {
      key: 'verify_email',
      title: 'Confirm your email address',
      description: `We sent a link to ${user.email}.`,
      done: user.isVerified,
      href: '/account',
    },
    {
      key: 'branding',
      title: 'Add your logo and colours',
      description: 'They appear on your storefront and in every email your customers get.',
      done: tenant.logoPath !== null,
      href: `${base}/settings/branding`,
    },
    {
      key: 'invite',
      title: 'Invite a teammate',
      description: 'Give your staff their own login and the right role.',
      done: teamSize > 1,
      href: `${base}/settings/team`,
    },
  ]
  return items
}

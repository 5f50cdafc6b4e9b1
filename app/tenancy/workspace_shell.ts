import type { HttpContext } from '@adonisjs/core/http'
import { myWorkspaces } from '#kernel/tenancy/my_workspaces'
import { publicFileUrl } from '#kernel/files/image_upload'
import { ROLE_LABELS } from '#kernel/identity/roles'
import { moduleNavigation } from '#kernel/modules/module_navigation'
import { inboxOf } from '#kernel/notifications/inbox'
import { channels } from '#kernel/realtime/channels'
import { billingBanner } from '#kernel/billing/dunning/billing_restriction'

export type NavigationEntry = {
  label: string
  href: string
  icon: string
}

/**
 * What the back-office shell shows around every workspace page: the
 * workspace, the member's role and permissions, the navigation they may
 * use and the workspaces they can switch to.
 */
export async function workspaceShell(ctx: HttpContext) {
  const tenant = ctx.tenant!
  const member = ctx.member!
  const base = `/app/${tenant.slug}`
  const navigation: NavigationEntry[] = [
    { label: 'Dashboard', href: base, icon: 'dashboard' },
    ...(await moduleNavigation(ctx)),
  ]
  const settings: NavigationEntry[] = []
  if (member.can('workspace.settings.view')) {
    settings.push(
      { label: 'Profile', href: `${base}/settings/profile`, icon: 'building' },
      { label: 'Branding', href: `${base}/settings/branding`, icon: 'palette' }
    )
  }
  if (member.can('workspace.settings.view')) {
    settings.push({ label: 'Modules', href: `${base}/settings/modules`, icon: 'plug' })
  }
  if (member.can('workspace.members.view')) {
    settings.push(
      { label: 'Team', href: `${base}/settings/team`, icon: 'users' },
      { label: 'Roles', href: `${base}/settings/roles`, icon: 'shield' }
    )
  }
  if (member.can('workspace.settings.view')) {
    settings.push(
      { label: 'Security', href: `${base}/settings/security`, icon: 'lock' },
      { label: 'API tokens', href: `${base}/settings/api-tokens`, icon: 'key' }
    )
  }
  if (member.can('workspace.billing.manage')) {
    settings.push({ label: 'Billing', href: `${base}/settings/billing`, icon: 'billing' })
  }
  if (member.can('workspace.audit.view')) {
    settings.push({ label: 'Audit log', href: `${base}/settings/audit`, icon: 'history' })
  }

  // An operator acting as this member stays inside this one workspace.
  const workspaces = ctx.impersonator
    ? [
        {
          slug: tenant.slug,
          name: tenant.name,
          logoUrl: publicFileUrl(tenant.logoPath),
          role: member.role,
        },
      ]
    : await myWorkspaces(member.user.id)
  return {
    unreadNotifications: await inboxOf(member.user.id).unreadCount(),
    /** The member's live channel in this workspace (notifications). */
    liveChannel: channels.staffMember(tenant.id, member.user.id),
    workspace: {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      logoUrl: publicFileUrl(tenant.logoPath),
      brandColor: tenant.brandColor,
      currency: tenant.currency,
      timezone: tenant.timezone,
    },
    role: member.role,
    roleLabel: ROLE_LABELS[member.role],
    permissions: [...member.permissions],
    navigation,
    settings,
    /** Trial ending, payment overdue or workspace restricted: shown on every page. */
    billing: await billingBanner(ctx),
    workspaces: workspaces.map(({ slug, name, logoUrl, role }) => ({
      slug,
      name,
      logoUrl,
      role,
    })),
  }
}

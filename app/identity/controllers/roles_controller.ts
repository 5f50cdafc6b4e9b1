import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import RolePermission from '#kernel/identity/models/role_permission'
import {
  EDITABLE_ROLES,
  ROLES,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  type Role,
} from '#kernel/identity/roles'
import { allPermissions, isPermission } from '#kernel/identity/permissions'
import { permissionsOf } from '#kernel/identity/workspace_member'
import { rolePermissionsValidator } from '#kernel/identity/validators/team'
import { recordAuditEvent, requestAuditContext } from '#kernel/audit/record_audit_event'
import { fieldError } from '#kernel/validation/field_error'

export default class RolesController {
  async index({ bouncer, inertia, member }: HttpContext) {
    await bouncer.authorize('can', 'workspace.members.view')
    const roles = []
    for (const role of ROLES) {
      roles.push({
        value: role,
        label: ROLE_LABELS[role],
        description: ROLE_DESCRIPTIONS[role],
        editable: EDITABLE_ROLES.includes(role),
        permissions: [...(await permissionsOf(role))],
      })
    }
    return inertia.render('workspace/settings/roles', {
      roles,
      permissions: allPermissions().map(({ key, label }) => ({ key, label })),
      canManage: member!.can('workspace.members.manage'),
    })
  }

  async update(ctx: HttpContext) {
    const { bouncer, params, request, session, response } = ctx
    await bouncer.authorize('can', 'workspace.members.manage')
    const role = params.role as Role
    if (!EDITABLE_ROLES.includes(role)) {
      throw new errors.E_ROUTE_NOT_FOUND([request.method(), request.url()])
    }
    const { permissions } = await request.validateUsing(rolePermissionsValidator)
    const unknown = permissions.filter((key) => !isPermission(key))
    if (unknown.length > 0) {
      throw fieldError('permissions', `Unknown permissions: ${unknown.join(', ')}`)
    }
    const before = [...(await permissionsOf(role))]
    const saved = (await RolePermission.findBy('role', role)) ?? new RolePermission()
    saved.merge({ role, permissions: [...new Set(permissions)].sort() })
    await saved.save()
    await recordAuditEvent({
      ...requestAuditContext(ctx),
      action: 'role.permissions_changed',
      subject: { type: 'role', id: role, label: ROLE_LABELS[role] },
      metadata: {
        added: saved.permissions.filter((key) => !before.includes(key)),
        removed: before.filter((key) => !saved.permissions.includes(key)),
      },
    })
    session.flash('success', `${ROLE_LABELS[role]} permissions saved.`)
    return response.redirect().back()
  }
}

const LABELS: Record<string, string> = {
  'workspace.created': 'Workspace created',
  'workspace.settings_changed': 'Workspace settings changed',
  'workspace.branding_changed': 'Branding changed',
  'member.invited': 'Member invited',
  'member.invitation_resent': 'Invitation sent again',
  'member.invitation_revoked': 'Invitation revoked',
  'member.joined': 'Member joined',
  'member.role_changed': 'Role changed',
  'member.removed': 'Member removed',
  'role.permissions_changed': 'Role permissions changed',
  'account.created': 'Account created',
  'account.signed_in': 'Signed in',
  'account.sign_in_failed': 'Sign-in failed',
  'account.sign_in_blocked': 'Sign-in blocked (too many attempts)',
  'account.password_changed': 'Password changed',
  'account.password_reset_requested': 'Password reset requested',
  'account.password_reset': 'Password reset',
  'account.email_changed': 'Email changed',
  'account.email_verified': 'Email confirmed',
  'account.disabled': 'Account disabled',
  'ops.workspace.suspended': 'Workspace suspended by an operator',
  'ops.workspace.unsuspended': 'Suspension lifted by an operator',
  'ops.impersonation.started': 'Operator started acting as this user',
  'ops.impersonation.action': 'Action by an operator acting as this user',
  'ops.impersonation.ended': 'Operator stopped acting as this user',
}

export function auditActionLabel(action: string) {
  return LABELS[action] ?? action.replace(/[._]/g, ' ')
}

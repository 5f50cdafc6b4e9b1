/**
 * Domain events of the kernel itself.
 */
export interface WorkspaceEvents {
  'workspace.module.enabled': { moduleKey: string }
  'workspace.module.disabled': { moduleKey: string }
  'workspace.member.joined': { membershipId: string; userId: string }
}

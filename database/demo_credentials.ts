/**
 * The seeded demo workspace and its people. `npm run dev` prints these.
 */
export const DEMO = {
  workspaceSlug: 'lumiere',
  workspaceName: 'Lumière Beauty',
  owner: { name: 'Élodie Martin', email: 'owner@lumiere.test', password: 'Lumiere-Demo-2026' },
  team: [
    { name: 'Hugo Bernard', email: 'manager@lumiere.test', role: 'manager' as const },
    { name: 'Inès Petit', email: 'agent@lumiere.test', role: 'agent' as const },
  ],
  customer: { name: 'Chloé Laurent', email: 'chloe@example.com', password: 'Customer-Demo-2026' },
  operator: {
    name: 'Sam Operator',
    email: 'operator@wrencos.test',
    password: 'Operator-Demo-2026',
  },
}

export function demoBanner(appUrl: string) {
  return [
    `  Demo workspace: ${appUrl}/app/${DEMO.workspaceSlug}`,
    `    owner    ${DEMO.owner.email} / ${DEMO.owner.password}`,
    `    team     ${DEMO.team.map((person) => person.email).join(', ')} (same password)`,
    `  Demo shop: ${appUrl}/s/${DEMO.workspaceSlug}`,
    `    customer ${DEMO.customer.email} / ${DEMO.customer.password}`,
    `  Operator console: ${appUrl}/ops`,
    `    operator ${DEMO.operator.email} / ${DEMO.operator.password}`,
  ].join('\n')
}

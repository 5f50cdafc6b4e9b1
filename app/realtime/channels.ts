/**
 * Names of the live channels. Every channel is per tenant and authorized
 * (start/transmit.ts): staff channels need a membership (and the topic's
 * permission), customer channels that customer's own session.
 */
export const channels = {
  /** One staff member's notifications in one workspace. */
  staffMember: (tenantId: string, userId: string) => `tenants/${tenantId}/users/${userId}`,
  /** A workspace topic for staff (e.g. the chat inbox). */
  staffTopic: (tenantId: string, topic: string) => `tenants/${tenantId}/staff/${topic}`,
  /** One customer's topic on a storefront (e.g. their chat). */
  customerTopic: (tenantId: string, customerId: string, topic: string) =>
    `tenants/${tenantId}/customers/${customerId}/${topic}`,
}

const topicPermissions = new Map<string, string>()

/**
 * A module declares which permission a staff topic needs to be heard.
 */
export function defineStaffTopic(topic: string, permission: string) {
  topicPermissions.set(topic, permission)
}

export function staffTopicPermission(topic: string) {
  return topicPermissions.get(topic)
}

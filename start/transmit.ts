import transmit from '@adonisjs/transmit/services/main'
import { webMiddleware } from '#start/kernel'
import {
  mayHearCustomerTopic,
  mayHearStaffMember,
  mayHearStaffTopic,
} from '#kernel/realtime/channel_authorization'
import { mayHearModuleChannel } from '#kernel/realtime/module_channels'

/**
 * Live events (Server-Sent Events). Subscribing carries the browser's
 * session (and its CSRF token), which the authorizations below read.
 */
transmit.registerRoutes((route) => {
  route.use(webMiddleware)
})

transmit.authorize<{ tenantId: string; userId: string }>(
  'tenants/:tenantId/users/:userId',
  (ctx, { tenantId, userId }) => mayHearStaffMember(ctx, tenantId, userId)
)

transmit.authorize<{ tenantId: string; topic: string }>(
  'tenants/:tenantId/staff/:topic',
  (ctx, { tenantId, topic }) => mayHearStaffTopic(ctx, tenantId, topic)
)

transmit.authorize<{ tenantId: string; customerId: string; topic: string }>(
  'tenants/:tenantId/customers/:customerId/:topic',
  (ctx, { tenantId, customerId }) => mayHearCustomerTopic(ctx, tenantId, customerId)
)

transmit.authorize<{ tenantId: string; kind: string; id: string }>(
  'tenants/:tenantId/:kind/:id',
  (ctx, { tenantId, kind, id }) => mayHearModuleChannel(ctx, tenantId, kind, id)
)

// Any other channel is refused: nothing is broadcast there, and nothing
// should be heard without an explicit rule above.
transmit.authorize('*', () => false)

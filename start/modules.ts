import { discoveredModules } from '#generated/modules'
import { bootModules } from '#kernel/modules/boot_modules'
import { KERNEL, eventBus } from '#kernel/contracts/event_bus'
import notifyMemberJoined from '#kernel/notifications/listeners/notify_member_joined'

eventBus.registerListeners(KERNEL, [notifyMemberJoined])

/**
 * Every module folder under modules/ (found by code generation), validated
 * and wired: permissions, providers, listeners and routes.
 */
await bootModules(discoveredModules)

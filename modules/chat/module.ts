import { defineModule } from '#kernel/modules/define_module'

/**
 * Conversational commerce: an AI sales and support assistant that answers
 * from the shop's knowledge and acts on the customer's cart, a staff inbox
 * with human takeover, and the channels customers write from (the
 * storefront's chat and an embeddable widget).
 */
export default defineModule({
  key: 'chat',
  name: 'AI sales chat',
  description:
    'An AI assistant that answers from your FAQ, pages and catalog, adds to carts and checks orders, with a live inbox where your team takes over at any moment.',
  icon: 'chat',
  dependsOn: ['storefront'],
  permissions: {
    'chat.inbox.view': { label: 'See chat conversations', roles: ['manager', 'agent'] },
    'chat.inbox.reply': {
      label: 'Reply to customers, take over from the assistant, resolve conversations',
      roles: ['manager', 'agent'],
    },
    'chat.inbox.assign': { label: 'Assign conversations to other agents', roles: ['manager'] },
    'chat.knowledge.manage': { label: 'Manage FAQ and canned responses', roles: ['manager'] },
    'chat.settings.manage': 'Change the assistant, business hours and widget settings',
  },
  navigation: [
    { label: 'Inbox', route: 'chat.inbox.index', icon: 'chat', permission: 'chat.inbox.view' },
    { label: 'FAQ', route: 'chat.faqs.index', icon: 'help', permission: 'chat.knowledge.manage' },
    {
      label: 'Canned responses',
      route: 'chat.canned.index',
      icon: 'message',
      permission: 'chat.knowledge.manage',
    },
    {
      label: 'Chat settings',
      route: 'chat.settings.show',
      icon: 'settings',
      permission: 'chat.settings.manage',
    },
  ],
  notifications: {
    'chat.handoff': {
      label: 'A customer asks for a person',
      permission: 'chat.inbox.view',
    },
    'chat.assigned': {
      label: 'A conversation is assigned to me',
      permission: 'chat.inbox.view',
    },
    'chat.ai_limit_reached': {
      label: 'The AI message limit of the plan is reached',
      permission: 'chat.settings.manage',
    },
  },
  settings: () => import('#modules/chat/validators/settings'),
  hooks: {
    onEnable: () => import('#modules/chat/hooks/on_enable'),
  },
  privacy: () => import('#modules/chat/conversations/privacy'),
})

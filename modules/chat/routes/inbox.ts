import { defineRoutes } from '#kernel/modules/define_routes'

const InboxController = () => import('#modules/chat/controllers/inbox/inbox_controller')
const ConversationActionsController = () =>
  import('#modules/chat/controllers/inbox/conversation_actions_controller')
const CannedResponsesController = () =>
  import('#modules/chat/controllers/canned/canned_responses_controller')

const ACTIONS = [
  ['reply', 'reply'],
  ['note', 'note'],
  ['take-over', 'takeOver'],
  ['hand-back', 'handBack'],
  ['hand-off', 'handOff'],
  ['resolve', 'resolve'],
  ['reopen', 'reopen'],
  ['assign', 'assign'],
  ['tags', 'tags'],
  ['typing', 'typing'],
  ['read', 'read'],
] as const

export default defineRoutes({
  backOffice(router) {
    const uuid = router.matchers.uuid()
    router.get('/inbox', [InboxController, 'index']).as('chat.inbox.index')
    router.get('/inbox/:id', [InboxController, 'show']).where('id', uuid).as('chat.inbox.show')
    for (const [path, action] of ACTIONS) {
      router
        .post(`/inbox/:id/${path}`, [ConversationActionsController, action])
        .where('id', uuid)
        .as(`chat.inbox.${action.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`)
    }

    router.get('/canned-responses', [CannedResponsesController, 'index']).as('chat.canned.index')
    router.post('/canned-responses', [CannedResponsesController, 'store']).as('chat.canned.store')
    router
      .put('/canned-responses/:id', [CannedResponsesController, 'update'])
      .where('id', uuid)
      .as('chat.canned.update')
    router
      .delete('/canned-responses/:id', [CannedResponsesController, 'destroy'])
      .where('id', uuid)
      .as('chat.canned.destroy')
  },
})

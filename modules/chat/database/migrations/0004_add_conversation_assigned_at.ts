import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * When a conversation was last given to its agent: round-robin assignment
 * picks the agent who was given one least recently.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('chat_conversations', (table) => {
      table.timestamp('assigned_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.alterTable('chat_conversations', (table) => {
      table.dropColumn('assigned_at')
    })
  }
}

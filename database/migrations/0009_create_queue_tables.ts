import { BaseSchema } from '@adonisjs/lucid/schema'
import { QueueSchemaService } from '@adonisjs/queue'

/**
 * Jobs and schedules of the database queue adapter (global tables: jobs
 * carry their tenant in the payload and run in its scope).
 */
export default class extends BaseSchema {
  async up() {
    this.defer(async (db) => {
      const schema = new QueueSchemaService(db.getWriteClient())
      await schema.createJobsTable()
      await schema.createSchedulesTable()
    })
  }

  async down() {
    this.defer(async (db) => {
      const schema = new QueueSchemaService(db.getWriteClient())
      await schema.dropSchedulesTable()
      await schema.dropJobsTable()
    })
  }
}

import type { HttpContext } from '@adonisjs/core/http'
import { healthChecks } from '#start/health'

export default class HealthChecksController {
  /**
   * Liveness: the process answers. Dependencies are not checked, so a
   * database outage never makes an orchestrator restart the app.
   */
  async live({ response }: HttpContext) {
    return response.ok({ status: 'ok' })
  }

  /**
   * Readiness: the database (and the host's disk and memory) are usable.
   */
  async ready({ response }: HttpContext) {
    const report = await healthChecks.run()
    return report.isHealthy ? response.ok(report) : response.serviceUnavailable(report)
  }
}

import { readFile } from 'node:fs/promises'
import type { HttpContext } from '@adonisjs/core/http'
import { enqueue } from '#kernel/outbox/outbox'
import { fieldError } from '#kernel/validation/field_error'
import { catalogImportValidator } from '#modules/storefront/validators/catalog'
import CatalogImport from '#modules/storefront/catalog/catalog_import'
import {
  CsvFileError,
  PRODUCT_COLUMNS,
  parseProductsCsv,
} from '#modules/storefront/catalog/product_csv'

function present(record: CatalogImport) {
  return {
    id: record.id,
    fileName: record.fileName,
    mode: record.mode,
    status: record.status,
    totalRows: record.totalRows,
    processedRows: record.processedRows,
    importedRows: record.importedRows,
    errors: record.rowErrors,
    message: record.message,
    finished: record.finished,
    createdAt: record.createdAt.toISO()!,
  }
}

export default class CatalogImportsController {
  async index({ bouncer, inertia }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const imports = await CatalogImport.query().orderBy('created_at', 'desc').limit(20)
    return inertia.render('storefront/catalog/imports/index', {
      imports: imports.map((record) => ({ ...present(record), errors: [] })),
      columns: [...PRODUCT_COLUMNS],
    })
  }

  /**
   * Reads the CSV now (a broken file is refused at once) and leaves the
   * rows to a queued job, which the import's page follows.
   */
  async store({ bouncer, request, response, member, tenant }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const { file, mode } = await request.validateUsing(catalogImportValidator)
    let rows: Record<string, string>[]
    try {
      rows = parseProductsCsv(await readFile(file.tmpPath!))
    } catch (error) {
      if (!(error instanceof CsvFileError)) throw error
      throw fieldError('file', error.message)
    }
    const record = await CatalogImport.create({
      userId: member!.user.id,
      fileName: file.clientName.slice(0, 200),
      mode,
      status: 'queued',
      rows,
      totalRows: rows.length,
      rowErrors: [],
    })
    await enqueue('job', 'CatalogImportJob', { tenantId: tenant!.id, importId: record.id })
    return response.redirect().toRoute('storefront.imports.show', {
      workspace: tenant!.slug,
      id: record.id,
    })
  }

  /** The import's progress and report; its page polls it while the job runs. */
  async show({ bouncer, params, inertia }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const record = await CatalogImport.findOrFail(params.id)
    return inertia.render('storefront/catalog/imports/show', { import: present(record) })
  }
}

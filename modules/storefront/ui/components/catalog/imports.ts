export type ImportMode = 'dry_run' | 'abort' | 'skip'
export type ImportStatus = 'queued' | 'checking' | 'importing' | 'completed' | 'failed'

export type ImportSummary = {
  id: string
  fileName: string
  mode: ImportMode
  status: ImportStatus
  totalRows: number
  processedRows: number
  importedRows: number
  errors: { row: number; field: string | null; message: string }[]
  message: string | null
  finished: boolean
  createdAt: string
}

export const IMPORT_MODE_LABELS: Record<ImportMode, string> = {
  dry_run: 'Dry run: check every row, import nothing',
  abort: 'Import only if every row is valid (nothing is imported otherwise)',
  skip: 'Skip bad rows and import the others',
}

export const STATUS_LABELS: Record<ImportStatus, string> = {
  queued: 'Waiting to start',
  checking: 'Checking rows',
  importing: 'Importing',
  completed: 'Finished',
  failed: 'Failed',
}

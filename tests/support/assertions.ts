import type { ApiResponse } from '@japa/api-client'

/**
 * The field errors a form submission flashed (what the page shows next).
 */
export function fieldErrors(response: ApiResponse): Record<string, string[]> {
  return (response.flashMessages().inputErrorsBag as Record<string, string[]>) ?? {}
}

export function assertFieldError(response: ApiResponse, field: string, message?: string) {
  const errors = fieldErrors(response)
  response.assert!.include(Object.keys(errors), field, `expected a field error on "${field}"`)
  if (message) {
    response.assert!.include(errors[field], message)
  }
}

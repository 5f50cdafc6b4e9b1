import { Exception } from '@adonisjs/core/exceptions'

/**
 * PostgreSQL errors caused by what a client sent (a malformed id, a value
 * out of range, a duplicate) become 4xx answers instead of 500s. Anything
 * else is left for the regular handling.
 */
export function databaseErrorToHttp(error: unknown): Exception | undefined {
  if (!error || typeof error !== 'object' || !('code' in error)) {
    return undefined
  }
  const code = String((error as { code: unknown }).code)
  if (code === '23505') {
    return new Exception('This record already exists.', { status: 409, code: 'E_CONFLICT' })
  }
  if (code === '23503') {
    return new Exception('This record is referenced elsewhere or refers to a missing record.', {
      status: 409,
      code: 'E_CONFLICT',
    })
  }
  if (code.startsWith('22')) {
    return new Exception('The request contains an invalid value.', {
      status: 400,
      code: 'E_INVALID_VALUE',
    })
  }
  return undefined
}

import { errors } from '@vinejs/vine'

/**
 * A validation failure found after the validator ran (the email is taken,
 * the password is wrong). Thrown like a validator's own errors, it reaches
 * forms as a field error and JSON clients as a 422.
 */
export function fieldError(field: string, message: string) {
  return new errors.E_VALIDATION_ERROR([{ field, message, rule: 'custom' }])
}

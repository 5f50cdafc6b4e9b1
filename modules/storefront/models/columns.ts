import { column } from '@adonisjs/lucid/orm'

const toNumber = (value: unknown) => (value === null || value === undefined ? value : Number(value))

/**
 * Money in integer minor units (PostgreSQL `bigint`, which the driver
 * hands back as a string) and other numeric columns read as numbers.
 */
export const numberColumn = (options: Parameters<typeof column>[0] = {}) =>
  column({ ...options, consume: toNumber })

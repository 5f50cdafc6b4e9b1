import qs from 'qs'
import type { Metadata } from './stripe_types.js'

export type Params = Record<string, unknown>

export interface StripeErrorBody {
  type: string
  message: string
  code?: string
  decline_code?: string
  param?: string
  payment_intent?: object
}

/** Thrown by route handlers; the server answers with `status` and `{ error: body }`. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody
  ) {
    super(body.message)
  }
}

export function invalidRequest(
  message: string,
  details: { code?: string; param?: string } = {},
  status = 400
) {
  return new StripeApiError(status, { type: 'invalid_request_error', message, ...details })
}

export function resourceMissing(kind: string, id: string, param: string, status = 400) {
  return invalidRequest(`No such ${kind}: '${id}'`, { code: 'resource_missing', param }, status)
}

/** Stripe's form encoding: `a[b][0][c]=1`, as the SDK sends it. */
export function parseForm(text: string): Params {
  return qs.parse(text, { depth: 10, arrayLimit: 1000 })
}

/**
 * Typed access to decoded form parameters. Nested readers remember where
 * they are, so errors name parameters the way Stripe does
 * (`line_items[0][price]`).
 */
export class ParamReader {
  constructor(
    readonly values: Params,
    readonly prefix = ''
  ) {}

  name(key: string) {
    return this.prefix ? `${this.prefix}[${key}]` : key
  }

  has(key: string) {
    return this.values[key] !== undefined
  }

  onlyKnown(allowed: readonly string[]) {
    for (const key of Object.keys(this.values)) {
      if (key !== 'expand' && !allowed.includes(key)) {
        throw invalidRequest(`Received unknown parameter: ${this.name(key)}`, {
          code: 'parameter_unknown',
          param: this.name(key),
        })
      }
    }
  }

  missing(key: string) {
    return invalidRequest(`Missing required param: ${this.name(key)}.`, {
      code: 'parameter_missing',
      param: this.name(key),
    })
  }

  invalid(key: string, message: string) {
    return invalidRequest(message, { code: 'parameter_invalid', param: this.name(key) })
  }

  string(key: string): string | undefined {
    const value = this.values[key]
    if (value === undefined) {
      return undefined
    }
    if (typeof value !== 'string') {
      throw this.invalid(key, `Invalid string: ${JSON.stringify(value)}`)
    }
    return value
  }

  requiredString(key: string): string {
    const value = this.string(key)
    if (!value) {
      throw this.missing(key)
    }
    return value
  }

  /** An empty string unsets a field in Stripe's form encoding. */
  nullableString(key: string): string | null | undefined {
    const value = this.string(key)
    return value === '' ? null : value
  }

  integer(key: string): number | undefined {
    const value = this.string(key)
    if (value === undefined) {
      return undefined
    }
    if (!/^-?\d+$/.test(value)) {
      throw this.invalid(key, `Invalid integer: ${value}`)
    }
    return Number(value)
  }

  requiredInteger(key: string): number {
    const value = this.integer(key)
    if (value === undefined) {
      throw this.missing(key)
    }
    return value
  }

  boolean(key: string): boolean | undefined {
    const value = this.string(key)
    if (value === undefined) {
      return undefined
    }
    if (value !== 'true' && value !== 'false') {
      throw this.invalid(key, `Invalid boolean: ${value}`)
    }
    return value === 'true'
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.string(key)
    if (value === undefined) {
      return undefined
    }
    if (!allowed.includes(value as T)) {
      throw this.invalid(key, `Invalid ${this.name(key)}: must be one of ${allowed.join(', ')}`)
    }
    return value as T
  }

  child(key: string): ParamReader | undefined {
    const value = this.values[key]
    if (value === undefined) {
      return undefined
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw this.invalid(key, `Invalid object: ${this.name(key)}`)
    }
    return new ParamReader(value as Params, this.name(key))
  }

  list(key: string): ParamReader[] {
    return this.entries(key).map(
      (value, index) => new ParamReader(asParams(value), `${this.name(key)}[${index}]`)
    )
  }

  stringList(key: string): string[] {
    return this.entries(key).map((value) => String(value))
  }

  /**
   * Stripe merges metadata: a key set to '' is removed, and `metadata=''`
   * clears every key.
   */
  metadata(current: Metadata = {}, key = 'metadata'): Metadata {
    const value = this.values[key]
    if (value === undefined) {
      return current
    }
    if (value === '') {
      return {}
    }
    const updates = this.child(key)!
    const merged = { ...current }
    for (const name of Object.keys(updates.values)) {
      const entry = updates.string(name)!
      if (entry === '') {
        delete merged[name]
      } else {
        merged[name] = entry
      }
    }
    return merged
  }

  private entries(key: string): unknown[] {
    const value = this.values[key]
    if (value === undefined || value === '') {
      return []
    }
    if (Array.isArray(value)) {
      return value
    }
    if (typeof value === 'object' && value !== null) {
      return Object.entries(value)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([, entry]) => entry)
    }
    throw this.invalid(key, `Invalid array: ${this.name(key)}`)
  }
}

function asParams(value: unknown): Params {
  return typeof value === 'object' && value !== null ? (value as Params) : {}
}

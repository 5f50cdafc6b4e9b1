import { createHash, randomBytes } from 'node:crypto'

/**
 * A conversation is reached with a bearer token the customer's device
 * keeps; only its hash is stored.
 */
export function newVisitorToken() {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashVisitorToken(token) }
}

export function hashVisitorToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

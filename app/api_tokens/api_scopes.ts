/**
 * What an API token may be allowed to do (`catalog:read`, `orders:read`…).
 * Modules declare their scopes in their manifest (`apiScopes`); a token
 * holds a subset, chosen when it is created.
 */
export interface ApiScope {
  key: string
  label: string
  /** Key of the module that declared it. */
  module: string
}

const SCOPE = /^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*$/

const scopes = new Map<string, ApiScope>()

export function defineApiScope(scope: ApiScope) {
  if (!SCOPE.test(scope.key)) {
    throw new Error(`Invalid API scope "${scope.key}": expected <resource>:<verb>`)
  }
  const existing = scopes.get(scope.key)
  if (existing && existing.module !== scope.module) {
    throw new Error(
      `The API scope "${scope.key}" is declared by both "${existing.module}" and "${scope.module}"`
    )
  }
  scopes.set(scope.key, scope)
}

export function allApiScopes(): ApiScope[] {
  return [...scopes.values()]
}

export function isApiScope(key: string) {
  return scopes.has(key)
}

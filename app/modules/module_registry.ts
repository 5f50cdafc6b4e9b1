import type { ModuleManifest } from '#kernel/modules/define_module'
import type { ModuleRoutes } from '#kernel/modules/define_routes'
import type { ApplicationService } from '@adonisjs/core/types'

type LazyDefault<T> = () => Promise<{ default: T }>

/**
 * A module's provider (`modules/<key>/provider.ts`): binds the module's
 * implementations of contracts in the container.
 */
export type ModuleProvider = (app: ApplicationService) => void | Promise<void>

/**
 * What discovery (or a test) hands the registry for one module folder.
 */
export interface DiscoveredModule {
  folder: string
  manifest: LazyDefault<ModuleManifest>
  routes?: LazyDefault<ModuleRoutes>
  provider?: LazyDefault<ModuleProvider>
  listeners: LazyDefault<unknown>[]
}

export interface LoadedModule {
  manifest: ModuleManifest
  routes?: ModuleRoutes
  provider?: ModuleProvider
  listeners: unknown[]
}

async function loadDefault<T>(loader: LazyDefault<T> | undefined): Promise<T | undefined> {
  if (!loader) return undefined
  const loaded = await loader()
  return loaded.default
}

export class ModuleRegistryError extends Error {
  constructor(public problems: string[]) {
    super(
      `The module registry is invalid:\n${problems.map((problem) => `- ${problem}`).join('\n')}`
    )
  }
}

/**
 * Every module the application knows, validated as a whole: keys unique,
 * dependencies known, no dependency cycles.
 */
export class ModuleRegistry {
  #modules = new Map<string, LoadedModule>()

  async load(discovered: DiscoveredModule[]) {
    const loaded: LoadedModule[] = []
    const problems: string[] = []
    for (const entry of discovered) {
      const { default: manifest } = await entry.manifest()
      if (manifest.key !== entry.folder) {
        problems.push(
          `modules/${entry.folder} declares the key "${manifest.key}": the key must be the folder name`
        )
      }
      loaded.push({
        manifest,
        routes: await loadDefault(entry.routes),
        provider: await loadDefault(entry.provider),
        listeners: await Promise.all(entry.listeners.map((listener) => loadDefault(listener))),
      })
    }
    this.add(loaded, problems)
    return loaded
  }

  /**
   * Adds modules and validates the result; nothing is added when any
   * problem is found.
   */
  add(modules: LoadedModule[], problems: string[] = []) {
    const next = new Map(this.#modules)
    for (const module of modules) {
      if (next.has(module.manifest.key)) {
        problems.push(`Two modules declare the key "${module.manifest.key}"`)
        continue
      }
      next.set(module.manifest.key, module)
    }
    problems.push(...validateGraph(next))
    if (problems.length > 0) {
      throw new ModuleRegistryError(problems)
    }
    this.#modules = next
  }

  get(key: string) {
    return this.#modules.get(key)
  }

  has(key: string) {
    return this.#modules.has(key)
  }

  all() {
    return [...this.#modules.values()]
  }

  /**
   * `key` and everything it needs, dependencies first.
   */
  withDependencies(key: string): string[] {
    const order: string[] = []
    const visit = (current: string) => {
      if (order.includes(current)) return
      for (const dependency of this.#modules.get(current)?.manifest.dependsOn ?? []) {
        visit(dependency)
      }
      order.push(current)
    }
    visit(key)
    return order
  }

  /**
   * Modules that depend on `key`, directly or through others.
   */
  dependentsOf(key: string): string[] {
    const dependents = new Set<string>()
    let changed = true
    while (changed) {
      changed = false
      for (const module of this.#modules.values()) {
        const needs = module.manifest.dependsOn ?? []
        if (
          !dependents.has(module.manifest.key) &&
          needs.some((d) => d === key || dependents.has(d))
        ) {
          dependents.add(module.manifest.key)
          changed = true
        }
      }
    }
    return [...dependents]
  }
}

function validateGraph(modules: Map<string, LoadedModule>) {
  const problems: string[] = []
  for (const module of modules.values()) {
    for (const dependency of module.manifest.dependsOn ?? []) {
      if (!modules.has(dependency)) {
        problems.push(
          `Module "${module.manifest.key}" depends on "${dependency}", which does not exist`
        )
      }
    }
  }
  const state = new Map<string, 'visiting' | 'done'>()
  const walk = (key: string, path: string[]): void => {
    if (state.get(key) === 'done') return
    if (state.get(key) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(key)), key]
      problems.push(`Modules depend on each other in a cycle: ${cycle.join(' → ')}`)
      return
    }
    state.set(key, 'visiting')
    for (const dependency of modules.get(key)?.manifest.dependsOn ?? []) {
      if (modules.has(dependency)) walk(dependency, [...path, key])
    }
    state.set(key, 'done')
  }
  for (const key of modules.keys()) {
    walk(key, [])
  }
  return [...new Set(problems)]
}

export const moduleRegistry = new ModuleRegistry()

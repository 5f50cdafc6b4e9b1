import type { ResolvedComponent } from '@inertiajs/react'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'

export type PageModule = { default: ResolvedComponent }
type PageRegistry = Record<string, PageModule | (() => Promise<PageModule>)>

/**
 * Page names are `<path>` for kernel pages (inertia/pages/<path>.tsx) and
 * `<module>/<path>` for module pages (modules/<module>/ui/pages/<path>.tsx).
 */
export function pageCandidates(name: string) {
  const [first, ...rest] = name.split('/')
  const candidates = [`./pages/${name}.tsx`]
  if (rest.length > 0) {
    candidates.unshift(`../modules/${first}/ui/pages/${rest.join('/')}.tsx`)
  }
  return candidates
}

export async function resolvePage(name: string, pages: PageRegistry) {
  const page = await resolvePageComponent(pageCandidates(name), pages)
  return page.default
}

import { hooks } from '@adonisjs/core/app'

const PARTS = ['module', 'routes', 'provider'] as const

/**
 * Writes `.adonisjs/server/modules.ts`: for every `modules/<key>/` folder,
 * lazy imports of its manifest, routes, provider and listeners. Adding a
 * module means adding a folder; nothing is listed by hand.
 */
export default hooks.init((_parent, _hooks, indexGenerator) => {
  indexGenerator.add('modules', {
    source: 'modules',
    importAlias: '#modules',
    glob: [
      '**/modules/*/module.ts',
      '**/modules/*/routes.ts',
      '**/modules/*/provider.ts',
      '**/modules/*/listeners/*.ts',
    ],
    output: '.adonisjs/server/modules.ts',
    as(vfs, buffer, _config, helpers) {
      const folders = new Map<string, { parts: Map<string, string>; listeners: string[] }>()
      for (const [key, filePath] of Object.entries(vfs.asList())) {
        const [folder, ...rest] = key.split('/')
        const entry = folders.get(folder) ?? {
          parts: new Map<string, string>(),
          listeners: [] as string[],
        }
        folders.set(folder, entry)
        const importPath = helpers.toImportPath(filePath)
        if (rest[0] === 'listeners') {
          entry.listeners.push(importPath)
        } else {
          entry.parts.set(rest[0], importPath)
        }
      }
      buffer.writeLine(`import type { DiscoveredModule } from '#kernel/modules/module_registry'`)
      buffer.writeLine(``)
      buffer.write(`export const discoveredModules: DiscoveredModule[] = [`).indent()
      for (const [folder, entry] of [...folders.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        if (!entry.parts.has('module')) {
          continue
        }
        buffer.write(`{`).indent()
        buffer.write(`folder: '${folder}',`)
        for (const part of PARTS) {
          const path = entry.parts.get(part)
          if (path) {
            buffer.write(`${part === 'module' ? 'manifest' : part}: () => import('${path}'),`)
          }
        }
        buffer.write(
          `listeners: [${entry.listeners.map((path) => `() => import('${path}')`).join(', ')}],`
        )
        buffer.dedent().write(`},`)
      }
      buffer.dedent().write(`]`)
    },
  })
})

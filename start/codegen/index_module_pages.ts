import { hooks } from '@adonisjs/core/app'

/**
 * Types the Inertia pages of every module (modules/<key>/ui/pages/**) as
 * `<key>/<path>`, next to the kernel pages typed by `indexPages()`.
 */
export default hooks.init((_parent, _hooks, indexGenerator) => {
  indexGenerator.add('modulePages', {
    source: 'modules',
    glob: ['**/ui/pages/**/*.tsx'],
    output: '.adonisjs/server/module_pages.d.ts',
    as(vfs, buffer, _config, helpers) {
      const pages = vfs.asList({ transformKey: (key) => key.replace('/ui/pages/', '/') })
      buffer.writeLine(`import '@adonisjs/inertia/types'`)
      buffer.writeLine(`import type React from 'react'`)
      buffer.writeLine(`import type { Prettify } from '@adonisjs/core/types/common'`)
      buffer.writeLine(``)
      buffer.writeLine(`type ExtractProps<T> =`)
      buffer.writeLine(
        `  T extends React.FC<infer Props> ? Prettify<Omit<Props, 'children'>> : never`
      )
      buffer.writeLine(``)
      buffer.write(`declare module '@adonisjs/inertia/types' {`).indent()
      buffer.write(`export interface InertiaPages {`).indent()
      for (const [page, filePath] of Object.entries(pages)) {
        buffer.write(
          `'${page}': ExtractProps<(typeof import('${helpers.toImportPath(filePath)}'))['default']>`
        )
      }
      buffer.dedent().write(`}`)
      buffer.dedent().write(`}`)
    },
  })
})

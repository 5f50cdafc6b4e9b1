import type { PluginFn } from '@japa/runner/types'

/**
 * Japa exits with 0 when its globs match no file. A run that executed no
 * test is a broken run: report it and fail.
 */
export function failWhenNoTestRan(): PluginFn {
  return ({ emitter }) => {
    let executed = 0
    emitter.on('test:end', () => {
      executed++
    })
    emitter.on('runner:end', () => {
      if (executed === 0) {
        console.error('No test was executed: check the suite globs in adonisrc.ts.')
        process.exitCode = 1
      }
    })
  }
}

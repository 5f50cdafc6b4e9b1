import { test } from '@japa/runner'
import { defineModule, type ModuleManifest } from '#kernel/modules/define_module'
import {
  ModuleRegistry,
  ModuleRegistryError,
  type LoadedModule,
} from '#kernel/modules/module_registry'

function module(key: string, extra: Partial<ModuleManifest> = {}): LoadedModule {
  return {
    manifest: { key, name: key.toUpperCase(), description: '', icon: 'plug', ...extra },
    listeners: [],
  }
}

function problemsOf(run: () => void) {
  try {
    run()
  } catch (error) {
    if (error instanceof ModuleRegistryError) return error.problems
    throw error
  }
  return []
}

test.group('Module registry', () => {
  test('refuses two modules with the same key', ({ assert }) => {
    const registry = new ModuleRegistry()
    assert.deepEqual(
      problemsOf(() => registry.add([module('shop'), module('shop')])),
      ['Two modules declare the key "shop"']
    )
    assert.isFalse(registry.has('shop'), 'nothing is added when the set is invalid')
  })

  test('refuses a dependency on a module that does not exist', ({ assert }) => {
    const registry = new ModuleRegistry()
    assert.deepEqual(
      problemsOf(() => registry.add([module('chat', { dependsOn: ['shop'] })])),
      ['Module "chat" depends on "shop", which does not exist']
    )
  })

  test('refuses dependency cycles and names them', ({ assert }) => {
    const registry = new ModuleRegistry()
    const problems = problemsOf(() =>
      registry.add([
        module('a', { dependsOn: ['b'] }),
        module('b', { dependsOn: ['c'] }),
        module('c', { dependsOn: ['a'] }),
        module('d'),
      ])
    )
    assert.lengthOf(problems, 1)
    assert.match(problems[0], /^Modules depend on each other in a cycle: /)
    const cycle = problems[0].split(': ')[1].split(' → ')
    assert.equal(cycle[0], cycle.at(-1))
    assert.sameMembers([...new Set(cycle)], ['a', 'b', 'c'])
  })

  test('the error message lists every problem', ({ assert }) => {
    const registry = new ModuleRegistry()
    assert.throws(
      () => registry.add([module('x', { dependsOn: ['nope'] }), module('x')]),
      /The module registry is invalid:\n- Two modules declare the key "x"\n- Module "x" depends on "nope", which does not exist/
    )
  })

  test('orders dependencies first and finds dependents', ({ assert }) => {
    const registry = new ModuleRegistry()
    registry.add([
      module('shop'),
      module('chat', { dependsOn: ['shop'] }),
      module('live', { dependsOn: ['chat', 'shop'] }),
      module('hr'),
    ])
    assert.deepEqual(registry.withDependencies('live'), ['shop', 'chat', 'live'])
    assert.sameMembers(registry.dependentsOf('shop'), ['chat', 'live'])
    assert.deepEqual(registry.dependentsOf('hr'), [])
  })

  test('loads discovered modules and requires the key to be the folder name', async ({
    assert,
  }) => {
    const registry = new ModuleRegistry()
    await assert.rejects(
      () =>
        registry.load([
          {
            folder: 'shop',
            manifest: async () => ({ default: module('store').manifest }),
            listeners: [],
          },
        ]),
      /modules\/shop declares the key "store": the key must be the folder name/
    )
  })

  test('defineModule checks keys and what a module may declare', ({ assert }) => {
    const base = { name: 'X', description: '', icon: 'plug' }
    assert.throws(() => defineModule({ ...base, key: 'Shop' }), /Invalid module key "Shop"/)
    assert.throws(() => defineModule({ ...base, key: 'settings' }), /reserved for the kernel/)
    assert.throws(
      () => defineModule({ ...base, key: 'shop', permissions: { 'chat.x.view': 'X' } }),
      /declares "chat.x.view" outside its own key/
    )
    assert.equal(defineModule({ ...base, key: 'shop' }).key, 'shop')
  })
})

import { dirname, resolve, sep } from 'node:path'

const MODULE_PATH = /(?:^|\/)modules\/([a-z][a-z0-9_]*)\//
const KERNEL_PATH = /(?:^|\/)(?:app|config|start|database)\//

function toPosix(path) {
  return path.split(sep).join('/')
}

function moduleOf(path) {
  return toPosix(path).match(MODULE_PATH)?.[1]
}

/**
 * Which module an import reaches: through the `#modules/<key>/…` alias or
 * a relative path into `modules/<key>/`.
 */
function importedModule(source, filename) {
  const alias = source.match(/^#modules\/([^/]+)\//)
  if (alias) {
    return alias[1]
  }
  if (source.startsWith('.')) {
    return moduleOf(resolve(dirname(filename), source))
  }
  return undefined
}

/**
 * A module's tests may build their fixtures with the test support of a
 * module it depends on (products for the chat's tests).
 */
function testSupportOfTest(filename, source) {
  return (
    /\/modules\/[^/]+\/tests\//.test(filename) && /^#modules\/[^/]+\/tests\/support\//.test(source)
  )
}

/**
 * A module talks to others only through app/contracts: it never imports
 * another module's files, and the kernel never imports a module.
 */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Modules depend on each other only through app/contracts' },
    messages: {
      crossModule:
        'Module "{{from}}" imports a file of module "{{to}}". Use a contract in app/contracts instead (docs/modules.md).',
      kernelToModule:
        'The kernel imports a file of module "{{to}}". The kernel must not depend on modules: define a contract in app/contracts and let the module bind it.',
    },
    schema: [],
  },
  create(context) {
    const filename = toPosix(context.filename)
    const from = moduleOf(filename)
    const inKernel = !from && KERNEL_PATH.test(filename.replace(toPosix(context.cwd), ''))

    function check(node) {
      const source = node.source
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') {
        return
      }
      const to = importedModule(source.value, filename)
      if (!to) {
        return
      }
      if (from && to !== from && !testSupportOfTest(filename, source.value)) {
        context.report({ node: source, messageId: 'crossModule', data: { from, to } })
      } else if (inKernel) {
        context.report({ node: source, messageId: 'kernelToModule', data: { to } })
      }
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

export default {
  meta: { name: 'wrencos' },
  rules: { 'module-boundaries': rule },
}

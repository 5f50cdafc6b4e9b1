import { fileURLToPath } from 'node:url'
import { test } from '@japa/runner'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import wrencos from '../../../eslint/module_boundaries.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const RULE = 'wrencos/module-boundaries'

function messagesOf(results: ESLint.LintResult[]) {
  return results.flatMap((result) => result.messages).filter((message) => message.ruleId === RULE)
}

test.group('Lint rule: module boundaries', () => {
  test('rejects a module importing another module (fixture)', async ({ assert }) => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser },
          plugins: { wrencos },
          rules: { [RULE]: 'error' },
        },
      ],
    })
    const [crossing, own] = await eslint.lintFiles([
      'tests/fixtures/lint/modules/alpha/uses_beta.ts',
      'tests/fixtures/lint/modules/alpha/uses_own_files.ts',
    ])
    assert.deepEqual(
      messagesOf([crossing]).map((message) => message.message),
      [
        'Module "alpha" imports a file of module "beta". Use a contract in app/contracts instead (docs/modules.md).',
      ]
    )
    assert.lengthOf(messagesOf([own]), 0)
  })

  test('the project configuration applies it to modules and the kernel', async ({ assert }) => {
    const eslint = new ESLint({ cwd: root })
    const lint = async (filePath: string, code: string) =>
      messagesOf(await eslint.lintText(code, { filePath })).map((message) => message.messageId)

    assert.deepEqual(
      await lint(
        'modules/chat/services/quote.ts',
        `import { listProducts } from '#modules/storefront/services/catalog'\nexport const quote = listProducts\n`
      ),
      ['crossModule']
    )
    assert.deepEqual(
      await lint(
        'modules/chat/services/late.ts',
        `export const load = () => import('../../storefront/services/catalog.js')\n`
      ),
      ['crossModule']
    )
    assert.deepEqual(
      await lint(
        'app/orders/summary.ts',
        `export { listProducts } from '#modules/storefront/services/catalog'\n`
      ),
      ['kernelToModule']
    )
    assert.deepEqual(
      await lint(
        'modules/chat/services/contracts.ts',
        `import { emitEvent } from '#kernel/contracts/emit_event'\nimport { x } from '#modules/chat/services/x'\nexport const both = [emitEvent, x]\n`
      ),
      []
    )
  })
})

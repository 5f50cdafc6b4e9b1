import { assert } from '@japa/assert'
import { apiClient } from '@japa/api-client'
import { browserClient } from '@japa/browser-client'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import type { Config } from '@japa/runner/types'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { authBrowserClient } from '@adonisjs/auth/plugins/browser_client'
import { inertiaApiClient } from '@adonisjs/inertia/plugins/api_client'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import { chromium } from 'playwright'
import { CHROMIUM_FLAGS, chromiumExecutable } from '#tests/support/chromium'
import { migrateFresh, truncateAll } from '#tests/support/database'
import { failWhenNoTestRan } from '#tests/support/no_tests_guard'
import { bootModules } from '#kernel/modules/boot_modules'
import { fixtureModules } from '#tests/fixtures/modules/index'
import { createAlphaTables } from '#tests/fixtures/modules/alpha/schema'

export const plugins: Config['plugins'] = [
  assert(),
  pluginAdonisJS(app),
  apiClient(),
  sessionApiClient(app),
  authApiClient(app),
  shieldApiClient(),
  inertiaApiClient(app),
  browserClient({
    runInSuites: ['browser'],
    launcher: (options) =>
      chromium.launch({
        ...options,
        executablePath: chromiumExecutable(),
        args: CHROMIUM_FLAGS,
      }),
  }),
  sessionBrowserClient(app),
  authBrowserClient(app),
  failWhenNoTestRan(),
]

/**
 * A fresh schema, plus the fixture modules the kernel's tests exercise the
 * module contract with (registered before the HTTP server starts).
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [
    async () => {
      await migrateFresh()
      await createAlphaTables()
      await bootModules(fixtureModules)
    },
  ],
  teardown: [],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  suite.onGroup((group) => group.each.setup(() => truncateAll()))
  suite.onTest((test) => test.setup(() => truncateAll()))
  if (['browser', 'functional'].includes(suite.name)) {
    return suite.setup(() => testUtils.httpServer().start())
  }
}

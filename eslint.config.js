import { configApp } from '@adonisjs/eslint-config'
import { react } from '@adonisjs/eslint-config/react'
import wrencos from './eslint/module_boundaries.js'

const MODULE_UI = 'modules/*/ui/**/*.{ts,tsx}'

export default configApp(
  ...react,
  ...react.map((config) => ({ ...config, files: [MODULE_UI] })),
  {
    ignores: ['public/assets/**', 'build/**', 'tmp/**', '.adonisjs/**', 'tests/fixtures/lint/**'],
  },
  {
    plugins: { wrencos },
    rules: { 'wrencos/module-boundaries': 'error' },
  },
  {
    files: ['inertia/**/*.{ts,tsx}', MODULE_UI],
    // Inertia's <Head> children carry `head-key`.
    rules: { 'react/no-unknown-property': ['error', { ignore: ['head-key'] }] },
  },
  {
    // Module pages follow the same frontend rules as inertia/.
    files: [MODULE_UI],
    rules: {
      '@adonisjs/no-backend-import-in-frontend': ['error'],
      '@adonisjs/prefer-adonisjs-inertia-link': ['error'],
      '@adonisjs/prefer-adonisjs-inertia-form': ['error'],
    },
  },
  {
    files: ['tests/**/*.ts', 'modules/*/tests/**/*.ts'],
    rules: { '@unicorn/no-await-expression-member': 'off' },
  }
)

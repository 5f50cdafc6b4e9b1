import { configApp } from '@adonisjs/eslint-config'
import { react } from '@adonisjs/eslint-config/react'
import wrencos from './eslint/module_boundaries.js'

export default configApp(
  ...react,
  {
    ignores: ['public/assets/**', 'build/**', 'tmp/**', '.adonisjs/**', 'tests/fixtures/lint/**'],
  },
  {
    plugins: { wrencos },
    rules: { 'wrencos/module-boundaries': 'error' },
  },
  {
    // Assertions read naturally as `(await Model.find(id)).field`.
    files: ['tests/**/*.ts', 'modules/*/tests/**/*.ts'],
    rules: { '@unicorn/no-await-expression-member': 'off' },
  }
)

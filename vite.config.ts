import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import adonisjs from '@adonisjs/vite/client'

export default defineConfig({
  plugins: [
    react(),
    adonisjs({
      entryPoints: ['inertia/app.tsx', 'modules/chat/ui/widget/main.ts'],
      serverEntryPoints: ['inertia/ssr.tsx'],
      reload: ['resources/views/**/*.edge'],
    }),
  ],
  resolve: {
    alias: {
      '~/': `${import.meta.dirname}/inertia/`,
      '@generated': `${import.meta.dirname}/.adonisjs/client/`,
    },
  },
  server: {
    watch: { ignored: ['**/tmp/**', '**/build/**'] },
    // In development the app answers for workspace subdomains and custom
    // shop domains too; Vite runs inside it and must not refuse them.
    allowedHosts: true,
  },
})

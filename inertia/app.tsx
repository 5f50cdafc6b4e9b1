import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './css/app.css'
import { createInertiaApp } from '@inertiajs/react'
import { hydrateRoot } from 'react-dom/client'
import { resolvePage, type PageModule } from '~/page_resolver'
import { Providers } from '~/providers'
import { pageTitle } from '~/page_title'

createInertiaApp({
  title: pageTitle,
  resolve: (name) =>
    resolvePage(
      name,
      import.meta.glob<PageModule>(['./pages/**/*.tsx', '../modules/*/ui/pages/**/*.tsx'])
    ),
  setup({ el, App, props }) {
    hydrateRoot(
      el,
      <Providers>
        <App {...props} />
      </Providers>
    )
  },
  progress: { color: '#ae3ec9', showSpinner: false },
})

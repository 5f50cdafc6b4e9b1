import { createInertiaApp } from '@inertiajs/react'
import ReactDOMServer from 'react-dom/server'
import { resolvePage, type PageModule } from '~/page_resolver'
import { Providers } from '~/providers'
import { pageTitle } from '~/page_title'

export default function render(page: any) {
  return createInertiaApp({
    page,
    render: ReactDOMServer.renderToString,
    title: pageTitle,
    resolve: (name) =>
      resolvePage(
        name,
        import.meta.glob<PageModule>(['./pages/**/*.tsx', '../modules/*/ui/pages/**/*.tsx'], {
          eager: true,
        })
      ),
    setup: ({ App, props }) => (
      <Providers>
        <App {...props} />
      </Providers>
    ),
  })
}

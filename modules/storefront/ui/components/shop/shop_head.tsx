import { Head } from '@inertiajs/react'
import { OWN_SITE_TITLE } from '~/page_title'
import type { SeoMeta } from './types'

function escapeHtml(value: string) {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** JSON that cannot close the script element it sits in. */
function scriptJson(data: unknown) {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
}

/**
 * A storefront page's title, description, canonical URL, Open Graph tags
 * and structured data. (Inertia's head renders a title's text as HTML, so
 * it is escaped here.)
 */
export function ShopHead({ seo, siteName }: { seo: SeoMeta; siteName: string }) {
  return (
    <Head>
      <title head-key="title">{`${escapeHtml(seo.title)}${OWN_SITE_TITLE}`}</title>
      {seo.description && (
        <meta head-key="description" name="description" content={seo.description} />
      )}
      {seo.noIndex && <meta head-key="robots" name="robots" content="noindex" />}
      <link head-key="canonical" rel="canonical" href={seo.canonicalUrl} />
      <meta head-key="og:title" property="og:title" content={seo.title} />
      <meta head-key="og:type" property="og:type" content={seo.type} />
      <meta head-key="og:url" property="og:url" content={seo.canonicalUrl} />
      <meta head-key="og:site_name" property="og:site_name" content={siteName} />
      {seo.description && (
        <meta head-key="og:description" property="og:description" content={seo.description} />
      )}
      {seo.imageUrl && <meta head-key="og:image" property="og:image" content={seo.imageUrl} />}
      {seo.jsonLd && (
        <script
          head-key="json-ld"
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: scriptJson(seo.jsonLd) }}
        />
      )}
    </Head>
  )
}

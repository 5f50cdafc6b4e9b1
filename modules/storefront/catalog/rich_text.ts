import sanitizeHtml from 'sanitize-html'

/**
 * What the product description editor produces: paragraphs, headings,
 * lists, quotes, emphasis and links. Everything else (scripts, event
 * handlers, styles, iframes, `javascript:` links) is removed.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'hr',
    'a',
  ],
  allowedAttributes: { a: ['href', 'target', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
}

export function sanitizeDescription(html: string | null | undefined) {
  if (!html) {
    return ''
  }
  const clean = sanitizeHtml(html, OPTIONS).trim()
  return clean === '<p></p>' ? '' : clean
}

/**
 * Ends a title that already names its site (a storefront page names the
 * shop): such titles are shown as they are, without the product's name.
 */
export const OWN_SITE_TITLE = '\u2063'

export function pageTitle(title: string) {
  if (title.endsWith(OWN_SITE_TITLE)) {
    return title.slice(0, -OWN_SITE_TITLE.length)
  }
  return title ? `${title} · Wrencos` : 'Wrencos'
}

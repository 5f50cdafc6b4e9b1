export function pageTitle(title: string) {
  return title ? `${title} · Wrencos` : 'Wrencos'
}

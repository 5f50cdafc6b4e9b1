/**
 * Select options for codes, named in the browser's language.
 */
function displayNames(type: 'region' | 'currency' | 'language') {
  try {
    return new Intl.DisplayNames(['en'], { type })
  } catch {
    return undefined
  }
}

export function countryOptions(codes: string[]) {
  const names = displayNames('region')
  return codes
    .map((code) => ({ value: code, label: names?.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label))
}

export function currencyOptions(codes: string[]) {
  const names = displayNames('currency')
  return codes.map((code) => ({ value: code, label: `${code} — ${names?.of(code) ?? code}` }))
}

export function languageOptions(codes: string[]) {
  const names = displayNames('language')
  return codes.map((code) => ({ value: code, label: names?.of(code) ?? code }))
}

export function slugify(text: string) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '')
}

export function browserTimezone(fallback = 'UTC') {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || fallback
  } catch {
    return fallback
  }
}

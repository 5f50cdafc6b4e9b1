import { fieldError } from '#kernel/validation/field_error'

export const MAX_ALLOWED_ORIGINS = 20

function originOf(line: string) {
  try {
    const url = new URL(line)
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username
    return (url.protocol === 'https:' || url.protocol === 'http:') && bare ? url.origin : null
  } catch {
    return null
  }
}

/**
 * The websites allowed to embed the widget, one per line, as origins
 * (`https://shop.example.com`); a line with a path or anything else is
 * refused with its line number.
 */
export function parseAllowedOrigins(text: string | null) {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length > MAX_ALLOWED_ORIGINS) {
    throw fieldError('allowedOrigins', `List at most ${MAX_ALLOWED_ORIGINS} websites.`)
  }
  const origins = lines.map((line, index) => {
    const origin = originOf(line)
    if (!origin) {
      throw fieldError(
        'allowedOrigins',
        `Line ${index + 1}: enter only a website address such as https://example.com (no page path).`
      )
    }
    return origin
  })
  return [...new Set(origins)]
}

/**
 * The CSRF token the server set in the XSRF-TOKEN cookie, for requests
 * made without Inertia (live subscriptions, small JSON calls).
 */
export function xsrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/)
  return match ? decodeURIComponent(match[1]) : ''
}

export async function postJson<T>(url: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
    credentials: 'same-origin',
  })
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`)
  }
  return response.json() as Promise<T>
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  })
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`)
  }
  return response.json() as Promise<T>
}

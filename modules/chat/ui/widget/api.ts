import type { ChatMessage, OpenedConversation } from './types'

export class ChatApiError extends Error {
  constructor(
    message: string,
    public status: number
  ) {
    super(message)
  }
}

function xsrfToken() {
  const match = /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(document.cookie)
  return match ? decodeURIComponent(match[1]) : ''
}

async function errorMessage(response: Response) {
  const fallback = 'Something went wrong. Please try again.'
  try {
    const body = await response.json()
    return body.errors?.[0]?.message ?? body.message ?? fallback
  } catch {
    return fallback
  }
}

/**
 * The chat's HTTP routes, on the storefront (same origin, with the shop's
 * session and CSRF cookie) or on any other site (no cookies at all); the
 * conversation token travels as a bearer header either way.
 */
export class ChatApi {
  constructor(
    private base: string,
    private sameOrigin: boolean,
    private storageKey: string
  ) {}

  get token() {
    try {
      return window.localStorage.getItem(this.storageKey)
    } catch {
      return null
    }
  }

  private set token(value: string | null) {
    try {
      if (value) window.localStorage.setItem(this.storageKey, value)
      else window.localStorage.removeItem(this.storageKey)
    } catch {
      // Storage may be blocked; the conversation then lasts as long as the page.
    }
  }

  private async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    if (this.token) headers.Authorization = `Bearer ${this.token}`
    if (this.sameOrigin) headers['X-XSRF-TOKEN'] = xsrfToken()
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: this.sameOrigin ? 'same-origin' : 'omit',
    })
    if (!response.ok) throw new ChatApiError(await errorMessage(response), response.status)
    return response.status === 204 ? (undefined as T) : response.json()
  }

  async open() {
    const opened = await this.request<OpenedConversation>('POST', '/conversation')
    if (opened.token) this.token = opened.token
    return opened
  }

  /** The widget's look, before any conversation exists. */
  settings() {
    return this.request<Pick<OpenedConversation, 'widget'>>('GET', '/settings')
  }

  messagesAfter(seq: number) {
    return this.request<{ messages: ChatMessage[]; hasMore: boolean }>(
      'GET',
      `/messages?after=${seq}`
    )
  }

  send(body: string) {
    return this.request<{ message: ChatMessage }>('POST', '/messages', { body })
  }

  typing() {
    return this.request<void>('POST', '/typing', {})
  }

  read(seq: number) {
    return this.request<unknown>('POST', '/read', { seq })
  }

  talkToPerson() {
    return this.request<{ mode: string; status: string }>('POST', '/handoff', {})
  }

  addToCart(variantId: string) {
    return this.request<unknown>('POST', '/cart', { variantId, quantity: 1 })
  }

  forget() {
    this.token = null
  }
}

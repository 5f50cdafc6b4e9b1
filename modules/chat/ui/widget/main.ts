import { ChatApi, ChatApiError } from './api'
import { listen } from './live'
import { widgetStyles } from './styles'
import { h, launcherButton, messageBubble, productCard } from './view'
import type { ChatMessage, ConversationEvent, OpenedConversation, ProductCard } from './types'

const DEFAULT_COLOR = '#1c7ed6'
const TYPING_SHOWN_MS = 5000
const TYPING_SENT_EVERY_MS = 3000

/**
 * The chat widget: a launcher and a panel in a shadow root, talking to the
 * storefront's chat routes (`data-api`, same origin) or to the public
 * widget routes of the workspace named by `data-key`.
 */
class ChatWidget {
  private root: HTMLElement
  private launcher = launcherButton()
  private greeting: HTMLElement | null = null
  private panel = h('section', { 'class': 'panel', 'role': 'dialog', 'aria-label': 'Chat' })
  private title = h('h2', {}, 'Chat')
  private log = h('div', { 'class': 'log', 'role': 'log', 'aria-live': 'polite' })
  private status = h('div', { class: 'status', role: 'status' })
  private input = h('textarea', { 'rows': '1', 'aria-label': 'Message' }) as HTMLTextAreaElement
  private sendButton = h('button', { type: 'button', class: 'send' }, 'Send') as HTMLButtonElement
  private quick = h('div', { class: 'quick' })
  private person = h('button', { type: 'button', class: 'person' }, 'Talk to a person')
  private opened: OpenedConversation | null = null
  private opening: Promise<void> | null = null
  private messages = new Map<number, HTMLElement>()
  private streams = new Map<string, HTMLElement>()
  private lastSeq = 0
  private lastTypingSent = 0
  private typingTimer: ReturnType<typeof setTimeout> | undefined
  private stopListening: (() => void) | null = null

  constructor(
    private shadow: ShadowRoot,
    private api: ChatApi,
    private origin: string,
    private crossSite: boolean,
    private fallbackColor: string
  ) {
    this.root = h('div', { class: 'root' })
    this.panel.hidden = true
    this.panel.id = 'wrencos-chat-panel'
    this.launcher.setAttribute('aria-controls', this.panel.id)
  }

  async mount() {
    const look = this.api.token ? await this.open() : await this.api.settings()
    const widget = look?.widget ?? { color: null, position: 'bottom-right', greeting: null }
    const style = h(
      'style',
      {},
      widgetStyles(
        widget.color ?? this.fallbackColor,
        widget.position === 'bottom-left' ? 'left' : 'right'
      )
    )
    this.buildPanel()
    if (widget.greeting && !this.api.token) {
      this.greeting = h('div', { class: 'greeting' }, widget.greeting)
    }
    this.root.append(this.panel, ...(this.greeting ? [this.greeting] : []), this.launcher)
    this.shadow.append(style, this.root)
    this.launcher.addEventListener('click', () => (this.panel.hidden ? this.show() : this.hide()))
  }

  private buildPanel() {
    const close = h(
      'button',
      { 'type': 'button', 'class': 'close', 'aria-label': 'Close chat' },
      '×'
    )
    close.addEventListener('click', () => this.hide())
    this.person.addEventListener('click', () => void this.talkToPerson())
    this.sendButton.addEventListener('click', () => void this.send(this.input.value))
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault()
        void this.send(this.input.value)
      }
    })
    this.input.addEventListener('input', () => this.typing())
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide()
    })
    this.panel.append(
      h('div', { class: 'header' }, this.title, close),
      this.log,
      this.status,
      this.person,
      h('div', { class: 'compose' }, this.input, this.sendButton)
    )
  }

  private async show() {
    this.panel.hidden = false
    this.setUnread(false)
    this.launcher.setAttribute('aria-expanded', 'true')
    this.greeting?.remove()
    this.input.focus()
    if (!this.opened) await this.open()
    this.markRead()
  }

  private hide() {
    this.panel.hidden = true
    this.launcher.setAttribute('aria-expanded', 'false')
    this.launcher.focus()
  }

  private open() {
    this.opening ??= this.load().finally(() => (this.opening = null))
    return this.opening.then(() => this.opened)
  }

  private async load() {
    try {
      this.opened = await this.api.open()
    } catch (error) {
      // A token that no longer opens anything: start afresh.
      if (!(error instanceof ChatApiError) || error.status !== 401) return this.fail(error)
      this.api.forget()
      this.opened = await this.api.open().catch((retry) => (this.fail(retry), null))
      if (!this.opened) return
    }
    const opened = this.opened
    this.title.replaceChildren(
      opened.assistant.name,
      ...(opened.assistant.mode === 'basic'
        ? [h('span', { class: 'mode' }, 'Basic assistant')]
        : [])
    )
    this.panel.setAttribute('aria-label', `Chat with ${opened.assistant.name}`)
    this.input.maxLength = opened.maxLength
    this.showState(opened.conversation)
    this.log.replaceChildren(
      messageBubble(
        { author: 'bot', authorName: null, body: opened.welcome },
        opened.assistant.name
      )
    )
    this.messages.clear()
    opened.messages.forEach((message) => this.add(message))
    this.renderQuickReplies()
    this.stopListening?.()
    this.stopListening = listen({
      origin: this.origin,
      channel: opened.conversation.channel,
      token: this.api.token ?? '',
      onEvent: (event) => this.onEvent(event),
      onResync: () => void this.catchUp(),
    })
  }

  private renderQuickReplies() {
    const replies = this.opened?.quickReplies ?? []
    const customerWrote = [...this.messages.values()].some((el) =>
      el.querySelector('.from-customer')
    )
    this.quick.replaceChildren(
      ...(customerWrote
        ? []
        : replies.map((text) => {
            const button = h('button', { type: 'button' }, text)
            button.addEventListener('click', () => void this.send(text))
            return button
          }))
    )
    if (this.quick.childElementCount > 0) this.log.append(this.quick)
    else this.quick.remove()
  }

  private add(message: ChatMessage) {
    if (this.messages.has(message.seq)) return
    const name = this.opened?.assistant.name ?? ''
    const bubble = h('div', {}, messageBubble(message, name))
    bubble.style.display = 'contents'
    if (message.cards.length > 0) {
      bubble.append(
        h(
          'div',
          { class: 'cards' },
          ...message.cards.map((card) =>
            productCard(card, {
              newTab: this.crossSite,
              onAdd: (c, b) => void this.addToCart(c, b),
            })
          )
        )
      )
    }
    const later = [...this.messages.entries()]
      .filter(([seq]) => seq > message.seq)
      .sort(([a], [b]) => a - b)[0]
    if (later) this.log.insertBefore(bubble, later[1])
    else this.log.append(bubble)
    this.messages.set(message.seq, bubble)
    this.lastSeq = Math.max(this.lastSeq, message.seq)
    if (message.author === 'customer') this.renderQuickReplies()
    else if (this.panel.hidden && message.seq > (this.opened?.conversation.customerReadSeq ?? 0)) {
      this.setUnread(true)
    }
    this.log.scrollTop = this.log.scrollHeight
  }

  private setUnread(unread: boolean) {
    this.launcher.toggleAttribute('data-unread', unread)
    this.launcher.setAttribute('aria-label', unread ? 'Chat with us, new messages' : 'Chat with us')
  }

  private onEvent(event: ConversationEvent) {
    switch (event.type) {
      case 'message':
        if (event.replyId) {
          this.streams.get(event.replyId)?.remove()
          this.streams.delete(event.replyId)
        }
        this.add(event.message)
        this.setTyping(null)
        this.markRead()
        break
      case 'reply.start': {
        const bubble = messageBubble(
          { author: 'bot', authorName: null, body: '' },
          this.opened?.assistant.name ?? ''
        )
        this.streams.set(event.replyId, bubble)
        this.log.append(bubble)
        break
      }
      case 'reply.delta': {
        const text = this.streams.get(event.replyId)?.querySelector('.text')
        if (text) text.textContent += event.text
        this.log.scrollTop = this.log.scrollHeight
        break
      }
      case 'reply.discarded':
        this.streams.get(event.replyId)?.remove()
        this.streams.delete(event.replyId)
        break
      case 'conversation':
        this.showState(event.conversation)
        break
      case 'typing':
        if (event.who !== 'customer') {
          this.setTyping(
            event.who === 'bot'
              ? (this.opened?.assistant.name ?? null)
              : (event.name ?? 'Shop team')
          )
        }
        break
    }
  }

  /** Once a person has the conversation (or it waits for one), no need to ask. */
  private showState(conversation: { mode: string; status: string }) {
    this.person.hidden = conversation.status === 'waiting' || conversation.mode === 'human'
  }

  private setTyping(name: string | null) {
    clearTimeout(this.typingTimer)
    this.status.classList.remove('error')
    this.status.textContent = name ? `${name} is typing…` : ''
    if (name) this.typingTimer = setTimeout(() => this.setTyping(null), TYPING_SHOWN_MS)
  }

  private async catchUp() {
    try {
      let more = true
      while (more) {
        const page = await this.api.messagesAfter(this.lastSeq)
        page.messages.forEach((message) => this.add(message))
        more = page.hasMore && page.messages.length > 0
      }
    } catch (error) {
      this.fail(error)
    }
  }

  private async send(text: string) {
    const body = text.trim()
    if (!body || this.sendButton.disabled) return
    if (!this.opened) await this.open()
    this.sendButton.disabled = true
    try {
      const { message } = await this.api.send(body)
      this.input.value = ''
      this.status.textContent = ''
      this.add(message)
    } catch (error) {
      this.fail(error)
    } finally {
      this.sendButton.disabled = false
      this.input.focus()
    }
  }

  private typing() {
    const now = Date.now()
    if (!this.opened || now - this.lastTypingSent < TYPING_SENT_EVERY_MS) return
    this.lastTypingSent = now
    this.api.typing().catch(() => {})
  }

  private markRead() {
    if (this.panel.hidden || !this.opened || this.lastSeq === 0) return
    this.api.read(this.lastSeq).catch(() => {})
  }

  private async talkToPerson() {
    if (!this.opened) await this.open()
    try {
      this.showState(await this.api.talkToPerson())
      await this.catchUp()
    } catch (error) {
      this.fail(error)
    }
  }

  private async addToCart(card: ProductCard, button: HTMLButtonElement) {
    button.disabled = true
    try {
      await this.api.addToCart(card.variantId!)
      button.textContent = 'Added'
      this.status.classList.remove('error')
      this.status.textContent = `${card.name} is in your cart.`
      // The disabled button lost the focus: keep it in the panel.
      this.input.focus()
    } catch (error) {
      button.disabled = false
      this.fail(error)
    }
  }

  private fail(error: unknown) {
    this.status.classList.add('error')
    this.status.textContent =
      error instanceof ChatApiError
        ? error.message
        : 'The chat cannot be reached. Check your connection.'
  }
}

/** One widget per page, for the script tag that asked for it. */
function mountChatWidget(script: HTMLScriptElement) {
  const key = script.dataset.key
  if (!key || document.querySelector('[data-wrencos-chat]')) return
  const origin = new URL(script.src).origin
  const shopApi = script.dataset.api
  const api = new ChatApi(
    shopApi
      ? new URL(shopApi, window.location.href).href.replace(/\/$/, '')
      : `${origin}/chat/w/${encodeURIComponent(key)}`,
    Boolean(shopApi),
    `wrencos-chat:${key}`
  )
  const host = document.createElement('div')
  host.dataset.wrencosChat = ''
  document.body.append(host)
  const color = /^#[0-9a-f]{6}$/i.test(script.dataset.color ?? '')
    ? script.dataset.color!
    : DEFAULT_COLOR
  // A key the server does not know (or a site it refuses): no widget.
  new ChatWidget(host.attachShadow({ mode: 'open' }), api, origin, !shopApi, color)
    .mount()
    .catch(() => host.remove())
}

// Loaded by /chat/widget.js: mounts for the script tag on the page (a
// built entry keeps no exports, so the loader cannot call in).
const tag = document.querySelector<HTMLScriptElement>('script[data-key][src*="/chat/widget.js"]')
if (tag) mountChatWidget(tag)

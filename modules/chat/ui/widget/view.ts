import type { ChatMessage, ProductCard } from './types'

type Attributes = Record<string, string>

/** A DOM element with attributes and children (text or elements). */
export function h(
  tag: string,
  attributes: Attributes = {},
  ...children: (Node | string | null)[]
): HTMLElement {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  for (const child of children) {
    if (child !== null) element.append(child)
  }
  return element
}

const CHAT_ICON =
  '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/></svg>'

export function launcherButton() {
  const button = h('button', {
    'type': 'button',
    'class': 'launcher',
    'aria-label': 'Chat with us',
    'aria-expanded': 'false',
  })
  button.innerHTML = CHAT_ICON
  return button
}

export function formatPrice(minor: number, currency: string) {
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency })
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  return format.format(minor / 10 ** digits)
}

function whoSaid(message: ChatMessage, assistantName: string) {
  if (message.author === 'customer') return 'You'
  if (message.author === 'bot') return assistantName
  if (message.author === 'agent') return message.authorName ?? 'Shop team'
  return null
}

export function messageBubble(
  message: Pick<ChatMessage, 'author' | 'authorName' | 'body'>,
  assistantName: string
) {
  const who = whoSaid(message as ChatMessage, assistantName)
  return h(
    'div',
    { class: `bubble from-${message.author}` },
    who ? h('span', { class: 'who' }, who) : null,
    h('span', { class: 'text' }, ...withLinks(message.body))
  )
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/g

/** Text with its web addresses as links (a checkout link, a product page…). */
function withLinks(text: string) {
  const parts: (string | HTMLElement)[] = []
  let from = 0
  for (const match of text.matchAll(URL_IN_TEXT)) {
    parts.push(text.slice(from, match.index))
    parts.push(h('a', { href: match[0], target: '_blank', rel: 'noopener' }, match[0]))
    from = match.index + match[0].length
  }
  parts.push(text.slice(from))
  return parts
}

export function productCard(
  card: ProductCard,
  options: { newTab: boolean; onAdd: (card: ProductCard, button: HTMLButtonElement) => void }
) {
  const price = h(
    'div',
    { class: 'price' },
    formatPrice(card.priceMinor, card.currency),
    card.compareAtMinor ? h('s', {}, formatPrice(card.compareAtMinor, card.currency)) : null
  )
  const view = h(
    'a',
    { href: card.url, ...(options.newTab ? { target: '_blank', rel: 'noopener' } : {}) },
    'View'
  )
  view.setAttribute('aria-label', `View ${card.name}`)
  let add: HTMLButtonElement | null = null
  if (card.variantId && card.inStock) {
    add = h(
      'button',
      { 'type': 'button', 'aria-label': `Add ${card.name} to cart` },
      'Add to cart'
    ) as HTMLButtonElement
    const button = add
    add.addEventListener('click', () => options.onAdd(card, button))
  }
  return h(
    'article',
    { 'class': 'card', 'aria-label': card.name },
    card.imageUrl ? h('img', { src: card.imageUrl, alt: '' }) : null,
    h(
      'div',
      { class: 'body' },
      h('div', { class: 'name' }, card.name),
      price,
      card.inStock ? null : h('div', {}, 'Out of stock'),
      h('div', { class: 'actions' }, view, add)
    )
  )
}

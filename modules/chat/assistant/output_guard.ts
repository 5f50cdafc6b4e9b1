/** Consecutive words that make a "verbatim part" of the hidden text. */
const SHINGLE = 8
/** Repeating this many of them is disclosing it. */
const LEAK_THRESHOLD = 2

export const REFUSAL =
  "Sorry, I can't share how I'm set up. I'm happy to help with our products, your cart or an order, though!"

function words(text: string) {
  return text.toLocaleLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []
}

function shingles(list: string[]) {
  const found: string[] = []
  for (let index = 0; index + SHINGLE <= list.length; index++) {
    found.push(list.slice(index, index + SHINGLE).join(' '))
  }
  return found
}

/**
 * Watches a reply as it streams for substantial verbatim parts of what the
 * customer must not see (the assistant's rules, the tool definitions).
 * `leaks(text)` is asked with the whole reply so far before each chunk is
 * sent, so a disclosure stops within a few words.
 */
export function outputGuard(hidden: string[]) {
  const secret = new Set(hidden.flatMap((text) => shingles(words(text))))
  return {
    leaks(replySoFar: string) {
      let hits = 0
      for (const shingle of shingles(words(replySoFar))) {
        if (secret.has(shingle) && ++hits >= LEAK_THRESHOLD) return true
      }
      return false
    },
  }
}

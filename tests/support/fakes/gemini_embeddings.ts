import { createHash } from 'node:crypto'

/**
 * A deterministic stand-in for a text embedding: a hashed bag of words,
 * normalised to unit length. Texts sharing words get a high cosine
 * similarity, texts sharing none get about zero.
 */
export function fakeEmbedding(text: string, dimensions: number): number[] {
  const vector = Array.from({ length: dimensions }, () => 0)
  for (const word of words(text)) {
    const hash = createHash('sha256').update(word).digest()
    const index = hash.readUInt32BE(0) % dimensions
    vector[index] += hash[4] & 1 ? 1 : -1
  }
  const length = Math.hypot(...vector)
  return length === 0 ? vector : vector.map((value) => value / length)
}

export function cosineSimilarity(a: number[], b: number[]) {
  const dot = a.reduce((sum, value, index) => sum + value * b[index], 0)
  const lengths = Math.hypot(...a) * Math.hypot(...b)
  return lengths === 0 ? 0 : dot / lengths
}

function words(text: string) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

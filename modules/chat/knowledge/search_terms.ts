/**
 * Words that say nothing about what a customer asks ("hi, can you tell me
 * about your…"); left out so that they neither match every FAQ nor dilute
 * the words that matter.
 */
const STOP_WORDS = new Set(
  `a about after again all also am an and any anything are as at be been before being but by
  can could did do does doing for from get got had has have having he hello her here hey hi
  him his how i if in into is it its just know like me more my need no not of on or our please
  s so some something t tell than thank thanks that the their them then there these they this
  those to too us very want was we were what when where which who why will with would you your
  yours`.split(/\s+/)
)

/** At most this many words of a question are searched. */
const MAX_TERMS = 10

/**
 * The distinct words of a question worth searching for, lower case, in
 * the order written.
 */
export function searchTerms(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const terms = new Set<string>()
  for (const word of words) {
    if (word.length < 2 || word.length > 40 || STOP_WORDS.has(word)) continue
    terms.add(word)
    if (terms.size === MAX_TERMS) break
  }
  return [...terms]
}

// The `qs` package ships no type declarations; the fakes only use `parse`.
declare module 'qs' {
  interface ParseOptions {
    depth?: number
    arrayLimit?: number
  }
  const qs: {
    parse(text: string, options?: ParseOptions): Record<string, unknown>
  }
  export default qs
}

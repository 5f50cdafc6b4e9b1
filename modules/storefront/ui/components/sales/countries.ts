const names = new Intl.DisplayNames(['en'], { type: 'region' })

export function countryName(code: string) {
  return names.of(code) ?? code
}

export function countryOptions(codes: string[]) {
  return codes
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label))
}

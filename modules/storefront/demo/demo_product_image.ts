import sharp from 'sharp'
import type { PackShape } from '#modules/storefront/demo/demo_catalog_data'

const SIZE = 640
const OUTPUT = 480

/** Simple packaging silhouettes, drawn on a 640 × 640 canvas. */
const SHAPES: Record<PackShape, (ink: string) => string> = {
  bottle: (ink) => `
    <rect x="270" y="120" width="100" height="70" rx="12" fill="${ink}" opacity="0.9"/>
    <rect x="210" y="180" width="220" height="330" rx="48" fill="#ffffff" opacity="0.92"/>
    <rect x="240" y="300" width="160" height="110" rx="10" fill="${ink}" opacity="0.18"/>`,
  dropper: (ink) => `
    <ellipse cx="320" cy="130" rx="34" ry="44" fill="${ink}"/>
    <rect x="290" y="160" width="60" height="60" rx="8" fill="${ink}" opacity="0.85"/>
    <rect x="235" y="215" width="170" height="290" rx="36" fill="#ffffff" opacity="0.88"/>
    <rect x="258" y="330" width="124" height="90" rx="8" fill="${ink}" opacity="0.2"/>`,
  jar: (ink) => `
    <rect x="175" y="240" width="290" height="70" rx="20" fill="${ink}"/>
    <rect x="185" y="300" width="270" height="190" rx="40" fill="#ffffff" opacity="0.92"/>
    <rect x="230" y="370" width="180" height="60" rx="8" fill="${ink}" opacity="0.18"/>`,
  tube: (ink) => `
    <path d="M250 140 h140 l-15 330 h-110 z" fill="#ffffff" opacity="0.92"/>
    <rect x="262" y="460" width="116" height="70" rx="12" fill="${ink}"/>
    <rect x="275" y="250" width="90" height="120" rx="6" fill="${ink}" opacity="0.2"/>`,
  lipstick: (ink) => `
    <path d="M285 150 q35 -40 70 0 v120 h-70 z" fill="${ink}"/>
    <rect x="270" y="265" width="100" height="70" rx="6" fill="#e9d8a6"/>
    <rect x="260" y="330" width="120" height="200" rx="14" fill="#ffffff" opacity="0.92"/>`,
  compact: (ink) => `
    <circle cx="320" cy="340" r="170" fill="#ffffff" opacity="0.92"/>
    <circle cx="320" cy="340" r="120" fill="${ink}" opacity="0.75"/>
    <circle cx="280" cy="300" r="34" fill="#ffffff" opacity="0.35"/>`,
  palette: (ink) => `
    <rect x="150" y="200" width="340" height="260" rx="28" fill="#ffffff" opacity="0.92"/>
    ${[0, 1, 2]
      .flatMap((row) =>
        [0, 1, 2].map(
          (column) =>
            `<circle cx="${220 + column * 100}" cy="${260 + row * 70}" r="28" fill="${ink}" opacity="${0.35 + 0.2 * ((row + column) % 3)}"/>`
        )
      )
      .join('')}`,
}

/**
 * A product photo drawn locally: a soft two-colour gradient, a light
 * halo and the packaging's silhouette. PNG bytes.
 */
export function demoProductImage(shape: PackShape, colors: [string, string], seed: number) {
  const [light, ink] = colors
  const angle = (seed * 37) % 360
  const halo = 180 + (seed % 5) * 20
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">
    <defs>
      <linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)">
        <stop offset="0" stop-color="${light}"/>
        <stop offset="1" stop-color="${ink}" stop-opacity="0.55"/>
      </linearGradient>
      <radialGradient id="halo">
        <stop offset="0" stop-color="#ffffff" stop-opacity="0.7"/>
        <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
      </radialGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#bg)"/>
    <circle cx="320" cy="330" r="${halo + 80}" fill="url(#halo)"/>
    <ellipse cx="320" cy="545" rx="190" ry="22" fill="#000000" opacity="0.08"/>
    ${SHAPES[shape](ink)}
  </svg>`
  return sharp(Buffer.from(svg)).resize(OUTPUT).png({ compressionLevel: 2 }).toBuffer()
}

/** The list thumbnail (WebP); the photo itself is small enough to serve on pages. */
export function demoThumbnail(original: Buffer) {
  return sharp(original)
    .resize(240, 240, { fit: 'cover' })
    .webp({ quality: 80, effort: 0 })
    .toBuffer()
}

export const DEMO_IMAGE_SIZE = OUTPUT

/** A wide banner for the shop's home page: soft blush gradient and bubbles. */
export function demoHeroImage() {
  const bubbles = [
    [1180, 200, 150, 0.35],
    [1380, 420, 90, 0.25],
    [980, 470, 60, 0.3],
    [1480, 140, 40, 0.4],
    [860, 150, 30, 0.35],
  ]
    .map(([x, y, r, o]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffffff" opacity="${o}"/>`)
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="600">
    <defs>
      <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="#fbe3e8"/>
        <stop offset="0.55" stop-color="#f3c4d2"/>
        <stop offset="1" stop-color="#c2255c" stop-opacity="0.75"/>
      </linearGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#bg)"/>
    ${bubbles}
  </svg>`
  return sharp(Buffer.from(svg)).resize(1200).jpeg({ quality: 80 }).toBuffer()
}

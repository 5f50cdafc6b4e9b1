import { existsSync } from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

/**
 * The browser suite drives the system's Chromium (Debian: `apt-get install
 * chromium`); CHROMIUM_PATH points at another binary.
 */
export function chromiumExecutable() {
  const configured = process.env.CHROMIUM_PATH
  if (configured) {
    return configured
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate))
  if (!found) {
    throw new Error(
      'The browser tests need Chromium. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.'
    )
  }
  return found
}

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

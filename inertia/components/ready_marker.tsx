import { useEffect } from 'react'

/**
 * Marks the document once React has hydrated it (`<body data-ready>`), so
 * browser tests interact with a live page, not its server-rendered HTML.
 */
export function ReadyMarker() {
  useEffect(() => {
    document.body.dataset.ready = 'true'
  }, [])
  return null
}

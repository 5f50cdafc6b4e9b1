import { createTheme } from '@mantine/core'

export const COLOR_SCHEME_STORAGE_KEY = 'wrencos-color-scheme'

export const theme = createTheme({
  primaryColor: 'grape',
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  cursorType: 'pointer',
})

import type { ReactNode } from 'react'
import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { ModalsProvider } from '@mantine/modals'
import { TuyauProvider } from '@adonisjs/inertia/react'
import { client } from '~/client'
import { COLOR_SCHEME_STORAGE_KEY, theme } from '~/theme'
import { ReadyMarker } from '~/components/ready_marker'

const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY })

export function Providers({ children }: { children: ReactNode }) {
  return (
    <TuyauProvider client={client}>
      <MantineProvider
        theme={theme}
        defaultColorScheme="auto"
        colorSchemeManager={colorSchemeManager}
      >
        <ModalsProvider>
          <ReadyMarker />
          <Notifications position="bottom-right" />
          {children}
        </ModalsProvider>
      </MantineProvider>
    </TuyauProvider>
  )
}

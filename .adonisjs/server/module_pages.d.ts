import '@adonisjs/inertia/types'

import type React from 'react'

import type { Prettify } from '@adonisjs/core/types/common'



type ExtractProps<T> =

  T extends React.FC<infer Props> ? Prettify<Omit<Props, 'children'>> : never



declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
  }
}

import { defineConfig } from '@adonisjs/auth'
import { sessionGuard, sessionUserProvider } from '@adonisjs/auth/session'
import { tokensGuard } from '@adonisjs/auth/access_tokens'
import { TokenWorkspacesProvider } from '#kernel/api_tokens/token_workspaces'
import type { InferAuthenticators, InferAuthEvents, Authenticators } from '@adonisjs/auth/types'

const authConfig = defineConfig({
  default: 'web',
  guards: {
    /**
     * Staff: owners, members and operators, on the platform host.
     */
    web: sessionGuard({
      useRememberMeTokens: true,
      rememberMeTokensAge: '30 days',
      provider: sessionUserProvider({
        model: () => import('#kernel/identity/models/user'),
      }),
    }),
    /**
     * Shoppers of one workspace, on its storefront only. The provider looks
     * customers up inside the storefront's tenant scope, so a session made
     * on one workspace's storefront finds nobody on another's.
     */
    customer: sessionGuard({
      useRememberMeTokens: false,
      provider: sessionUserProvider({
        model: () => import('#kernel/identity/models/customer'),
      }),
    }),
    /**
     * The REST API: a workspace's token authenticates the workspace itself.
     */
    api: tokensGuard({
      provider: new TokenWorkspacesProvider({
        tokens: 'apiTokens',
        model: () => import('#kernel/tenancy/models/tenant'),
      }),
    }),
  },
})

export default authConfig

declare module '@adonisjs/auth/types' {
  export interface Authenticators extends InferAuthenticators<typeof authConfig> {}
}
declare module '@adonisjs/core/types' {
  interface EventsList extends InferAuthEvents<Authenticators> {}
}

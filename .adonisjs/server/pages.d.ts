import '@adonisjs/inertia/types'

import type React from 'react'
import type { Prettify } from '@adonisjs/core/types/common'

type ExtractProps<T> =
  T extends React.FC<infer Props>
    ? Prettify<Omit<Props, 'children'>>
    : T extends React.Component<infer Props>
      ? Prettify<Omit<Props, 'children'>>
      : never

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'account/show': ExtractProps<(typeof import('../../inertia/pages/account/show.tsx'))['default']>
    'auth/forgot_password': ExtractProps<(typeof import('../../inertia/pages/auth/forgot_password.tsx'))['default']>
    'auth/login': ExtractProps<(typeof import('../../inertia/pages/auth/login.tsx'))['default']>
    'auth/reset_password': ExtractProps<(typeof import('../../inertia/pages/auth/reset_password.tsx'))['default']>
    'auth/signup': ExtractProps<(typeof import('../../inertia/pages/auth/signup.tsx'))['default']>
    'dev/mailbox': ExtractProps<(typeof import('../../inertia/pages/dev/mailbox.tsx'))['default']>
    'errors/forbidden': ExtractProps<(typeof import('../../inertia/pages/errors/forbidden.tsx'))['default']>
    'errors/not_found': ExtractProps<(typeof import('../../inertia/pages/errors/not_found.tsx'))['default']>
    'errors/server_error': ExtractProps<(typeof import('../../inertia/pages/errors/server_error.tsx'))['default']>
    'errors/suspended': ExtractProps<(typeof import('../../inertia/pages/errors/suspended.tsx'))['default']>
    'invitations/show': ExtractProps<(typeof import('../../inertia/pages/invitations/show.tsx'))['default']>
    'onboarding/workspace': ExtractProps<(typeof import('../../inertia/pages/onboarding/workspace.tsx'))['default']>
    'ops/figures': ExtractProps<(typeof import('../../inertia/pages/ops/figures.tsx'))['default']>
    'ops/plans/form': ExtractProps<(typeof import('../../inertia/pages/ops/plans/form.tsx'))['default']>
    'ops/plans/index': ExtractProps<(typeof import('../../inertia/pages/ops/plans/index.tsx'))['default']>
    'ops/settings': ExtractProps<(typeof import('../../inertia/pages/ops/settings.tsx'))['default']>
    'ops/stripe_events/index': ExtractProps<(typeof import('../../inertia/pages/ops/stripe_events/index.tsx'))['default']>
    'ops/stripe_events/show': ExtractProps<(typeof import('../../inertia/pages/ops/stripe_events/show.tsx'))['default']>
    'ops/tenants/index': ExtractProps<(typeof import('../../inertia/pages/ops/tenants/index.tsx'))['default']>
    'ops/tenants/show': ExtractProps<(typeof import('../../inertia/pages/ops/tenants/show.tsx'))['default']>
    'shop/account/forgot_password': ExtractProps<(typeof import('../../inertia/pages/shop/account/forgot_password.tsx'))['default']>
    'shop/account/login': ExtractProps<(typeof import('../../inertia/pages/shop/account/login.tsx'))['default']>
    'shop/account/register': ExtractProps<(typeof import('../../inertia/pages/shop/account/register.tsx'))['default']>
    'shop/account/reset_password': ExtractProps<(typeof import('../../inertia/pages/shop/account/reset_password.tsx'))['default']>
    'shop/account/show': ExtractProps<(typeof import('../../inertia/pages/shop/account/show.tsx'))['default']>
    'shop/home': ExtractProps<(typeof import('../../inertia/pages/shop/home.tsx'))['default']>
    'site/landing': ExtractProps<(typeof import('../../inertia/pages/site/landing.tsx'))['default']>
    'workspace/dashboard': ExtractProps<(typeof import('../../inertia/pages/workspace/dashboard.tsx'))['default']>
    'workspace/notifications': ExtractProps<(typeof import('../../inertia/pages/workspace/notifications.tsx'))['default']>
    'workspace/settings/api_tokens': ExtractProps<(typeof import('../../inertia/pages/workspace/settings/api_tokens.tsx'))['default']>
    'workspace/settings/audit': ExtractProps<(typeof import('../../inertia/pages/workspace/settings/audit.tsx'))['default']>
    'workspace/settings/billing': ExtractProps<(typeof import('../../inertia/pages/workspace/settings/billing.tsx'))['default']>
    'workspace/settings/branding': ExtractProps<(typeof import('../../inertia/pages/workspace/settings/branding.tsx'))['default']>
    'workspace/settings/modules': ExtractProps<(typeof import('../../inertia/pages/workspace/settings/modules.tsx'))['default']>
    'workspace/settings/profile': ExtractProps<(typeof import('../../inertia/pages/workspace/settings/profile.tsx'))['default']>
    'workspace/settings/roles': ExtractProps<(typeof import('../../inertia/pages/workspace/settings/roles.tsx'))['default']>
    'workspace/settings/security': ExtractProps<(typeof import('../../inertia/pages/workspace/settings/security.tsx'))['default']>
    'workspace/settings/team': ExtractProps<(typeof import('../../inertia/pages/workspace/settings/team.tsx'))['default']>
    'workspace/upgrade': ExtractProps<(typeof import('../../inertia/pages/workspace/upgrade.tsx'))['default']>
    'workspaces/choose': ExtractProps<(typeof import('../../inertia/pages/workspaces/choose.tsx'))['default']>
  }
}

import { newAccount, unixNow } from './stripe_objects.js'
import { invalidRequest, type ParamReader } from './stripe_params.js'
import { route } from './stripe_router.js'
import type { FakeAccount, FakeAccountLink } from './stripe_types.js'

const ACCOUNT_PARAMS = [
  'account_token',
  'business_profile',
  'business_type',
  'capabilities',
  'company',
  'controller',
  'country',
  'default_currency',
  'documents',
  'email',
  'external_account',
  'groups',
  'individual',
  'metadata',
  'settings',
  'tos_acceptance',
  'type',
]

const ACCOUNT_LINK_LIFETIME_SECONDS = 300

export const connectRoutes = [
  route('POST', '/v1/accounts', ({ params, store, account }) => {
    params.onlyKnown(ACCOUNT_PARAMS)
    if (account) {
      throw invalidRequest('Connected accounts cannot create other accounts.', {}, 403)
    }
    const type = params.oneOf('type', ['custom', 'express', 'standard'])
    if (!type && !params.has('controller')) {
      throw params.missing('type')
    }
    const created = newAccount(type ?? 'custom', (params.string('country') ?? 'US').toUpperCase())
    applyAccountParams(created, params)
    return store.save(store.accounts, created)
  }),
  route('GET', '/v1/accounts/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    if (account && account !== path.id) {
      throw invalidRequest('Connected accounts can only retrieve themselves.', {}, 403)
    }
    return store.retrieve(store.accounts, 'account', path.id, undefined)
  }),
  route('POST', '/v1/accounts/:id', ({ params, path, store }) => {
    params.onlyKnown(
      ACCOUNT_PARAMS.filter((name) => !['controller', 'country', 'type'].includes(name))
    )
    return applyAccountParams(store.retrieve(store.accounts, 'account', path.id, undefined), params)
  }),
  route('GET', '/v1/account', ({ params, store, account }) => {
    params.onlyKnown([])
    if (!account) {
      throw invalidRequest(
        'The fake Stripe server only knows connected accounts: send a Stripe-Account header.'
      )
    }
    return store.retrieve(store.accounts, 'account', account, undefined)
  }),
  route('POST', '/v1/account_links', ({ params, store }) => {
    params.onlyKnown([
      'account',
      'collect',
      'collection_options',
      'refresh_url',
      'return_url',
      'type',
    ])
    const accountId = params.requiredString('account')
    const linked = store.reference(store.accounts, 'account', accountId, undefined, 'account')
    const type = params.oneOf('type', ['account_onboarding', 'account_update'])
    if (!type) {
      throw params.missing('type')
    }
    if (type === 'account_update' && linked.type !== 'custom') {
      throw params.invalid(
        'type',
        'You cannot create `account_update` type Account Links for this account.'
      )
    }
    params.requiredString('refresh_url')
    params.requiredString('return_url')
    const now = unixNow()
    const link: FakeAccountLink = {
      object: 'account_link',
      created: now,
      expires_at: now + ACCOUNT_LINK_LIFETIME_SECONDS,
      url: `${store.baseUrl}/connect/${type}/${accountId}`,
    }
    store.accountLinks.push(link)
    return link
  }),
]

function applyAccountParams(account: FakeAccount, params: ParamReader) {
  const email = params.nullableString('email')
  if (email !== undefined) {
    account.email = email
  }
  account.business_type =
    params.oneOf('business_type', ['company', 'government_entity', 'individual', 'non_profit']) ??
    account.business_type
  const businessProfile = params.child('business_profile')
  if (businessProfile) {
    account.business_profile = { ...account.business_profile, ...businessProfile.values }
  }
  const capabilities = params.child('capabilities')
  for (const name of Object.keys(capabilities?.values ?? {})) {
    if (capabilities!.child(name)?.boolean('requested')) {
      account.capabilities[name] = account.charges_enabled ? 'active' : 'inactive'
    }
  }
  account.metadata = params.metadata(account.metadata)
  return account
}

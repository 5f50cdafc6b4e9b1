/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'drive.fs.serve': {
    methods: ["GET","HEAD"],
    pattern: '/uploads/*',
    tokens: [{"old":"/uploads/*","type":0,"val":"uploads","end":""},{"old":"/uploads/*","type":2,"val":"*","end":""}],
    types: placeholder as Registry['drive.fs.serve']['types'],
  },
  'health.live': {
    methods: ["GET","HEAD"],
    pattern: '/health/live',
    tokens: [{"old":"/health/live","type":0,"val":"health","end":""},{"old":"/health/live","type":0,"val":"live","end":""}],
    types: placeholder as Registry['health.live']['types'],
  },
  'health.ready': {
    methods: ["GET","HEAD"],
    pattern: '/health/ready',
    tokens: [{"old":"/health/ready","type":0,"val":"health","end":""},{"old":"/health/ready","type":0,"val":"ready","end":""}],
    types: placeholder as Registry['health.ready']['types'],
  },
  'site.landing': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['site.landing']['types'],
  },
  'identity.signup.create': {
    methods: ["GET","HEAD"],
    pattern: '/signup',
    tokens: [{"old":"/signup","type":0,"val":"signup","end":""}],
    types: placeholder as Registry['identity.signup.create']['types'],
  },
  'identity.signup.store': {
    methods: ["POST"],
    pattern: '/signup',
    tokens: [{"old":"/signup","type":0,"val":"signup","end":""}],
    types: placeholder as Registry['identity.signup.store']['types'],
  },
  'identity.session.create': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['identity.session.create']['types'],
  },
  'identity.session.store': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['identity.session.store']['types'],
  },
  'identity.password_reset.create': {
    methods: ["GET","HEAD"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['identity.password_reset.create']['types'],
  },
  'identity.password_reset.store': {
    methods: ["POST"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['identity.password_reset.store']['types'],
  },
  'identity.google.redirect': {
    methods: ["GET","HEAD"],
    pattern: '/auth/google/redirect',
    tokens: [{"old":"/auth/google/redirect","type":0,"val":"auth","end":""},{"old":"/auth/google/redirect","type":0,"val":"google","end":""},{"old":"/auth/google/redirect","type":0,"val":"redirect","end":""}],
    types: placeholder as Registry['identity.google.redirect']['types'],
  },
  'identity.google.callback': {
    methods: ["GET","HEAD"],
    pattern: '/auth/google/callback',
    tokens: [{"old":"/auth/google/callback","type":0,"val":"auth","end":""},{"old":"/auth/google/callback","type":0,"val":"google","end":""},{"old":"/auth/google/callback","type":0,"val":"callback","end":""}],
    types: placeholder as Registry['identity.google.callback']['types'],
  },
  'identity.password_reset.edit': {
    methods: ["GET","HEAD"],
    pattern: '/reset-password/:id',
    tokens: [{"old":"/reset-password/:id","type":0,"val":"reset-password","end":""},{"old":"/reset-password/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.password_reset.edit']['types'],
  },
  'identity.password_reset.update': {
    methods: ["POST"],
    pattern: '/reset-password/:id',
    tokens: [{"old":"/reset-password/:id","type":0,"val":"reset-password","end":""},{"old":"/reset-password/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.password_reset.update']['types'],
  },
  'identity.email_verification.verify': {
    methods: ["GET","HEAD"],
    pattern: '/verify-email/:id',
    tokens: [{"old":"/verify-email/:id","type":0,"val":"verify-email","end":""},{"old":"/verify-email/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.email_verification.verify']['types'],
  },
  'identity.invitations.show': {
    methods: ["GET","HEAD"],
    pattern: '/invitations/:tenant/:id',
    tokens: [{"old":"/invitations/:tenant/:id","type":0,"val":"invitations","end":""},{"old":"/invitations/:tenant/:id","type":1,"val":"tenant","end":""},{"old":"/invitations/:tenant/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.invitations.show']['types'],
  },
  'identity.invitations.accept': {
    methods: ["POST"],
    pattern: '/invitations/:tenant/:id',
    tokens: [{"old":"/invitations/:tenant/:id","type":0,"val":"invitations","end":""},{"old":"/invitations/:tenant/:id","type":1,"val":"tenant","end":""},{"old":"/invitations/:tenant/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.invitations.accept']['types'],
  },
  'identity.session.destroy': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['identity.session.destroy']['types'],
  },
  'identity.email_verification.resend': {
    methods: ["POST"],
    pattern: '/email/verification',
    tokens: [{"old":"/email/verification","type":0,"val":"email","end":""},{"old":"/email/verification","type":0,"val":"verification","end":""}],
    types: placeholder as Registry['identity.email_verification.resend']['types'],
  },
  'identity.account.show': {
    methods: ["GET","HEAD"],
    pattern: '/account',
    tokens: [{"old":"/account","type":0,"val":"account","end":""}],
    types: placeholder as Registry['identity.account.show']['types'],
  },
  'identity.account.profile': {
    methods: ["PUT"],
    pattern: '/account/profile',
    tokens: [{"old":"/account/profile","type":0,"val":"account","end":""},{"old":"/account/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['identity.account.profile']['types'],
  },
  'identity.account.email': {
    methods: ["PUT"],
    pattern: '/account/email',
    tokens: [{"old":"/account/email","type":0,"val":"account","end":""},{"old":"/account/email","type":0,"val":"email","end":""}],
    types: placeholder as Registry['identity.account.email']['types'],
  },
  'identity.account.password': {
    methods: ["PUT"],
    pattern: '/account/password',
    tokens: [{"old":"/account/password","type":0,"val":"account","end":""},{"old":"/account/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['identity.account.password']['types'],
  },
  'identity.account.end_session': {
    methods: ["DELETE"],
    pattern: '/account/sessions/:id',
    tokens: [{"old":"/account/sessions/:id","type":0,"val":"account","end":""},{"old":"/account/sessions/:id","type":0,"val":"sessions","end":""},{"old":"/account/sessions/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.account.end_session']['types'],
  },
  'identity.account.end_other_sessions': {
    methods: ["POST"],
    pattern: '/account/sessions/end-others',
    tokens: [{"old":"/account/sessions/end-others","type":0,"val":"account","end":""},{"old":"/account/sessions/end-others","type":0,"val":"sessions","end":""},{"old":"/account/sessions/end-others","type":0,"val":"end-others","end":""}],
    types: placeholder as Registry['identity.account.end_other_sessions']['types'],
  },
  'tenancy.app_home.show': {
    methods: ["GET","HEAD"],
    pattern: '/app',
    tokens: [{"old":"/app","type":0,"val":"app","end":""}],
    types: placeholder as Registry['tenancy.app_home.show']['types'],
  },
  'tenancy.onboarding.create': {
    methods: ["GET","HEAD"],
    pattern: '/onboarding/workspace',
    tokens: [{"old":"/onboarding/workspace","type":0,"val":"onboarding","end":""},{"old":"/onboarding/workspace","type":0,"val":"workspace","end":""}],
    types: placeholder as Registry['tenancy.onboarding.create']['types'],
  },
  'tenancy.onboarding.store': {
    methods: ["POST"],
    pattern: '/onboarding/workspace',
    tokens: [{"old":"/onboarding/workspace","type":0,"val":"onboarding","end":""},{"old":"/onboarding/workspace","type":0,"val":"workspace","end":""}],
    types: placeholder as Registry['tenancy.onboarding.store']['types'],
  },
  'tenancy.onboarding.slug_availability': {
    methods: ["GET","HEAD"],
    pattern: '/onboarding/slug-availability',
    tokens: [{"old":"/onboarding/slug-availability","type":0,"val":"onboarding","end":""},{"old":"/onboarding/slug-availability","type":0,"val":"slug-availability","end":""}],
    types: placeholder as Registry['tenancy.onboarding.slug_availability']['types'],
  },
  'tenancy.dashboard.show': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace',
    tokens: [{"old":"/app/:workspace","type":0,"val":"app","end":""},{"old":"/app/:workspace","type":1,"val":"workspace","end":""}],
    types: placeholder as Registry['tenancy.dashboard.show']['types'],
  },
  'tenancy.settings.index': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace/settings',
    tokens: [{"old":"/app/:workspace/settings","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['tenancy.settings.index']['types'],
  },
  'tenancy.settings.profile': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace/settings/profile',
    tokens: [{"old":"/app/:workspace/settings/profile","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/profile","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/profile","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['tenancy.settings.profile']['types'],
  },
  'tenancy.settings.update_profile': {
    methods: ["PUT"],
    pattern: '/app/:workspace/settings/profile',
    tokens: [{"old":"/app/:workspace/settings/profile","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/profile","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/profile","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['tenancy.settings.update_profile']['types'],
  },
  'tenancy.settings.branding': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace/settings/branding',
    tokens: [{"old":"/app/:workspace/settings/branding","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/branding","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/branding","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/branding","type":0,"val":"branding","end":""}],
    types: placeholder as Registry['tenancy.settings.branding']['types'],
  },
  'tenancy.settings.update_branding': {
    methods: ["POST"],
    pattern: '/app/:workspace/settings/branding',
    tokens: [{"old":"/app/:workspace/settings/branding","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/branding","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/branding","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/branding","type":0,"val":"branding","end":""}],
    types: placeholder as Registry['tenancy.settings.update_branding']['types'],
  },
  'identity.team.index': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace/settings/team',
    tokens: [{"old":"/app/:workspace/settings/team","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/team","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/team","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/team","type":0,"val":"team","end":""}],
    types: placeholder as Registry['identity.team.index']['types'],
  },
  'identity.team.invite': {
    methods: ["POST"],
    pattern: '/app/:workspace/settings/team/invitations',
    tokens: [{"old":"/app/:workspace/settings/team/invitations","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/team/invitations","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/team/invitations","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/team/invitations","type":0,"val":"team","end":""},{"old":"/app/:workspace/settings/team/invitations","type":0,"val":"invitations","end":""}],
    types: placeholder as Registry['identity.team.invite']['types'],
  },
  'identity.team.resend': {
    methods: ["POST"],
    pattern: '/app/:workspace/settings/team/invitations/:id/resend',
    tokens: [{"old":"/app/:workspace/settings/team/invitations/:id/resend","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/team/invitations/:id/resend","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/team/invitations/:id/resend","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/team/invitations/:id/resend","type":0,"val":"team","end":""},{"old":"/app/:workspace/settings/team/invitations/:id/resend","type":0,"val":"invitations","end":""},{"old":"/app/:workspace/settings/team/invitations/:id/resend","type":1,"val":"id","end":""},{"old":"/app/:workspace/settings/team/invitations/:id/resend","type":0,"val":"resend","end":""}],
    types: placeholder as Registry['identity.team.resend']['types'],
  },
  'identity.team.revoke': {
    methods: ["DELETE"],
    pattern: '/app/:workspace/settings/team/invitations/:id',
    tokens: [{"old":"/app/:workspace/settings/team/invitations/:id","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/team/invitations/:id","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/team/invitations/:id","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/team/invitations/:id","type":0,"val":"team","end":""},{"old":"/app/:workspace/settings/team/invitations/:id","type":0,"val":"invitations","end":""},{"old":"/app/:workspace/settings/team/invitations/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.team.revoke']['types'],
  },
  'identity.team.update_role': {
    methods: ["PUT"],
    pattern: '/app/:workspace/settings/team/members/:id',
    tokens: [{"old":"/app/:workspace/settings/team/members/:id","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/team/members/:id","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/team/members/:id","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/team/members/:id","type":0,"val":"team","end":""},{"old":"/app/:workspace/settings/team/members/:id","type":0,"val":"members","end":""},{"old":"/app/:workspace/settings/team/members/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.team.update_role']['types'],
  },
  'identity.team.remove': {
    methods: ["DELETE"],
    pattern: '/app/:workspace/settings/team/members/:id',
    tokens: [{"old":"/app/:workspace/settings/team/members/:id","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/team/members/:id","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/team/members/:id","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/team/members/:id","type":0,"val":"team","end":""},{"old":"/app/:workspace/settings/team/members/:id","type":0,"val":"members","end":""},{"old":"/app/:workspace/settings/team/members/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.team.remove']['types'],
  },
  'identity.roles.index': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace/settings/roles',
    tokens: [{"old":"/app/:workspace/settings/roles","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/roles","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/roles","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/roles","type":0,"val":"roles","end":""}],
    types: placeholder as Registry['identity.roles.index']['types'],
  },
  'identity.roles.update': {
    methods: ["PUT"],
    pattern: '/app/:workspace/settings/roles/:role',
    tokens: [{"old":"/app/:workspace/settings/roles/:role","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/roles/:role","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/roles/:role","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/roles/:role","type":0,"val":"roles","end":""},{"old":"/app/:workspace/settings/roles/:role","type":1,"val":"role","end":""}],
    types: placeholder as Registry['identity.roles.update']['types'],
  },
  'audit.security.show': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace/settings/security',
    tokens: [{"old":"/app/:workspace/settings/security","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/security","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/security","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/security","type":0,"val":"security","end":""}],
    types: placeholder as Registry['audit.security.show']['types'],
  },
  'audit.log.index': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace/settings/audit',
    tokens: [{"old":"/app/:workspace/settings/audit","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/audit","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/audit","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/audit","type":0,"val":"audit","end":""}],
    types: placeholder as Registry['audit.log.index']['types'],
  },
  'modules.settings.index': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace/settings/modules',
    tokens: [{"old":"/app/:workspace/settings/modules","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/modules","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/modules","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/modules","type":0,"val":"modules","end":""}],
    types: placeholder as Registry['modules.settings.index']['types'],
  },
  'modules.settings.enable': {
    methods: ["POST"],
    pattern: '/app/:workspace/settings/modules/:key/enable',
    tokens: [{"old":"/app/:workspace/settings/modules/:key/enable","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/modules/:key/enable","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/modules/:key/enable","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/modules/:key/enable","type":0,"val":"modules","end":""},{"old":"/app/:workspace/settings/modules/:key/enable","type":1,"val":"key","end":""},{"old":"/app/:workspace/settings/modules/:key/enable","type":0,"val":"enable","end":""}],
    types: placeholder as Registry['modules.settings.enable']['types'],
  },
  'modules.settings.disable': {
    methods: ["POST"],
    pattern: '/app/:workspace/settings/modules/:key/disable',
    tokens: [{"old":"/app/:workspace/settings/modules/:key/disable","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/modules/:key/disable","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/modules/:key/disable","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/modules/:key/disable","type":0,"val":"modules","end":""},{"old":"/app/:workspace/settings/modules/:key/disable","type":1,"val":"key","end":""},{"old":"/app/:workspace/settings/modules/:key/disable","type":0,"val":"disable","end":""}],
    types: placeholder as Registry['modules.settings.disable']['types'],
  },
  'modules.settings.schedule_purge': {
    methods: ["POST"],
    pattern: '/app/:workspace/settings/modules/:key/purge',
    tokens: [{"old":"/app/:workspace/settings/modules/:key/purge","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/modules/:key/purge","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/modules/:key/purge","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/modules/:key/purge","type":0,"val":"modules","end":""},{"old":"/app/:workspace/settings/modules/:key/purge","type":1,"val":"key","end":""},{"old":"/app/:workspace/settings/modules/:key/purge","type":0,"val":"purge","end":""}],
    types: placeholder as Registry['modules.settings.schedule_purge']['types'],
  },
  'modules.settings.cancel_purge': {
    methods: ["DELETE"],
    pattern: '/app/:workspace/settings/modules/:key/purge',
    tokens: [{"old":"/app/:workspace/settings/modules/:key/purge","type":0,"val":"app","end":""},{"old":"/app/:workspace/settings/modules/:key/purge","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/settings/modules/:key/purge","type":0,"val":"settings","end":""},{"old":"/app/:workspace/settings/modules/:key/purge","type":0,"val":"modules","end":""},{"old":"/app/:workspace/settings/modules/:key/purge","type":1,"val":"key","end":""},{"old":"/app/:workspace/settings/modules/:key/purge","type":0,"val":"purge","end":""}],
    types: placeholder as Registry['modules.settings.cancel_purge']['types'],
  },
  'notifications.index': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace/notifications',
    tokens: [{"old":"/app/:workspace/notifications","type":0,"val":"app","end":""},{"old":"/app/:workspace/notifications","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/notifications","type":0,"val":"notifications","end":""}],
    types: placeholder as Registry['notifications.index']['types'],
  },
  'notifications.summary': {
    methods: ["GET","HEAD"],
    pattern: '/app/:workspace/notifications/summary',
    tokens: [{"old":"/app/:workspace/notifications/summary","type":0,"val":"app","end":""},{"old":"/app/:workspace/notifications/summary","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/notifications/summary","type":0,"val":"notifications","end":""},{"old":"/app/:workspace/notifications/summary","type":0,"val":"summary","end":""}],
    types: placeholder as Registry['notifications.summary']['types'],
  },
  'notifications.mark_all_read': {
    methods: ["POST"],
    pattern: '/app/:workspace/notifications/read',
    tokens: [{"old":"/app/:workspace/notifications/read","type":0,"val":"app","end":""},{"old":"/app/:workspace/notifications/read","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/notifications/read","type":0,"val":"notifications","end":""},{"old":"/app/:workspace/notifications/read","type":0,"val":"read","end":""}],
    types: placeholder as Registry['notifications.mark_all_read']['types'],
  },
  'notifications.mark_read': {
    methods: ["POST"],
    pattern: '/app/:workspace/notifications/:id/read',
    tokens: [{"old":"/app/:workspace/notifications/:id/read","type":0,"val":"app","end":""},{"old":"/app/:workspace/notifications/:id/read","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/notifications/:id/read","type":0,"val":"notifications","end":""},{"old":"/app/:workspace/notifications/:id/read","type":1,"val":"id","end":""},{"old":"/app/:workspace/notifications/:id/read","type":0,"val":"read","end":""}],
    types: placeholder as Registry['notifications.mark_read']['types'],
  },
  'notifications.update_channels': {
    methods: ["PUT"],
    pattern: '/app/:workspace/notifications/channels',
    tokens: [{"old":"/app/:workspace/notifications/channels","type":0,"val":"app","end":""},{"old":"/app/:workspace/notifications/channels","type":1,"val":"workspace","end":""},{"old":"/app/:workspace/notifications/channels","type":0,"val":"notifications","end":""},{"old":"/app/:workspace/notifications/channels","type":0,"val":"channels","end":""}],
    types: placeholder as Registry['notifications.update_channels']['types'],
  },
  'tenancy.shop_home.show': {
    methods: ["GET","HEAD"],
    pattern: '/s/:storefront',
    tokens: [{"old":"/s/:storefront","type":0,"val":"s","end":""},{"old":"/s/:storefront","type":1,"val":"storefront","end":""}],
    types: placeholder as Registry['tenancy.shop_home.show']['types'],
  },
  'identity.customer_account.show': {
    methods: ["GET","HEAD"],
    pattern: '/s/:storefront/account',
    tokens: [{"old":"/s/:storefront/account","type":0,"val":"s","end":""},{"old":"/s/:storefront/account","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account","type":0,"val":"account","end":""}],
    types: placeholder as Registry['identity.customer_account.show']['types'],
  },
  'identity.customer_account.update': {
    methods: ["PUT"],
    pattern: '/s/:storefront/account',
    tokens: [{"old":"/s/:storefront/account","type":0,"val":"s","end":""},{"old":"/s/:storefront/account","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account","type":0,"val":"account","end":""}],
    types: placeholder as Registry['identity.customer_account.update']['types'],
  },
  'identity.customer_account.show_register': {
    methods: ["GET","HEAD"],
    pattern: '/s/:storefront/account/register',
    tokens: [{"old":"/s/:storefront/account/register","type":0,"val":"s","end":""},{"old":"/s/:storefront/account/register","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account/register","type":0,"val":"account","end":""},{"old":"/s/:storefront/account/register","type":0,"val":"register","end":""}],
    types: placeholder as Registry['identity.customer_account.show_register']['types'],
  },
  'identity.customer_account.register': {
    methods: ["POST"],
    pattern: '/s/:storefront/account/register',
    tokens: [{"old":"/s/:storefront/account/register","type":0,"val":"s","end":""},{"old":"/s/:storefront/account/register","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account/register","type":0,"val":"account","end":""},{"old":"/s/:storefront/account/register","type":0,"val":"register","end":""}],
    types: placeholder as Registry['identity.customer_account.register']['types'],
  },
  'identity.customer_account.show_login': {
    methods: ["GET","HEAD"],
    pattern: '/s/:storefront/account/login',
    tokens: [{"old":"/s/:storefront/account/login","type":0,"val":"s","end":""},{"old":"/s/:storefront/account/login","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account/login","type":0,"val":"account","end":""},{"old":"/s/:storefront/account/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['identity.customer_account.show_login']['types'],
  },
  'identity.customer_account.login': {
    methods: ["POST"],
    pattern: '/s/:storefront/account/login',
    tokens: [{"old":"/s/:storefront/account/login","type":0,"val":"s","end":""},{"old":"/s/:storefront/account/login","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account/login","type":0,"val":"account","end":""},{"old":"/s/:storefront/account/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['identity.customer_account.login']['types'],
  },
  'identity.customer_account.logout': {
    methods: ["POST"],
    pattern: '/s/:storefront/account/logout',
    tokens: [{"old":"/s/:storefront/account/logout","type":0,"val":"s","end":""},{"old":"/s/:storefront/account/logout","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account/logout","type":0,"val":"account","end":""},{"old":"/s/:storefront/account/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['identity.customer_account.logout']['types'],
  },
  'identity.customer_account.verify_email': {
    methods: ["GET","HEAD"],
    pattern: '/s/:storefront/account/verify-email/:id',
    tokens: [{"old":"/s/:storefront/account/verify-email/:id","type":0,"val":"s","end":""},{"old":"/s/:storefront/account/verify-email/:id","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account/verify-email/:id","type":0,"val":"account","end":""},{"old":"/s/:storefront/account/verify-email/:id","type":0,"val":"verify-email","end":""},{"old":"/s/:storefront/account/verify-email/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.customer_account.verify_email']['types'],
  },
  'identity.customer_password_reset.create': {
    methods: ["GET","HEAD"],
    pattern: '/s/:storefront/account/forgot-password',
    tokens: [{"old":"/s/:storefront/account/forgot-password","type":0,"val":"s","end":""},{"old":"/s/:storefront/account/forgot-password","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account/forgot-password","type":0,"val":"account","end":""},{"old":"/s/:storefront/account/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['identity.customer_password_reset.create']['types'],
  },
  'identity.customer_password_reset.store': {
    methods: ["POST"],
    pattern: '/s/:storefront/account/forgot-password',
    tokens: [{"old":"/s/:storefront/account/forgot-password","type":0,"val":"s","end":""},{"old":"/s/:storefront/account/forgot-password","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account/forgot-password","type":0,"val":"account","end":""},{"old":"/s/:storefront/account/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['identity.customer_password_reset.store']['types'],
  },
  'identity.customer_password_reset.edit': {
    methods: ["GET","HEAD"],
    pattern: '/s/:storefront/account/reset-password/:id',
    tokens: [{"old":"/s/:storefront/account/reset-password/:id","type":0,"val":"s","end":""},{"old":"/s/:storefront/account/reset-password/:id","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account/reset-password/:id","type":0,"val":"account","end":""},{"old":"/s/:storefront/account/reset-password/:id","type":0,"val":"reset-password","end":""},{"old":"/s/:storefront/account/reset-password/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.customer_password_reset.edit']['types'],
  },
  'identity.customer_password_reset.update': {
    methods: ["POST"],
    pattern: '/s/:storefront/account/reset-password/:id',
    tokens: [{"old":"/s/:storefront/account/reset-password/:id","type":0,"val":"s","end":""},{"old":"/s/:storefront/account/reset-password/:id","type":1,"val":"storefront","end":""},{"old":"/s/:storefront/account/reset-password/:id","type":0,"val":"account","end":""},{"old":"/s/:storefront/account/reset-password/:id","type":0,"val":"reset-password","end":""},{"old":"/s/:storefront/account/reset-password/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['identity.customer_password_reset.update']['types'],
  },
  'dev.mailbox.index': {
    methods: ["GET","HEAD"],
    pattern: '/dev/mailbox',
    tokens: [{"old":"/dev/mailbox","type":0,"val":"dev","end":""},{"old":"/dev/mailbox","type":0,"val":"mailbox","end":""}],
    types: placeholder as Registry['dev.mailbox.index']['types'],
  },
  'dev.mailbox.clear': {
    methods: ["DELETE"],
    pattern: '/dev/mailbox',
    tokens: [{"old":"/dev/mailbox","type":0,"val":"dev","end":""},{"old":"/dev/mailbox","type":0,"val":"mailbox","end":""}],
    types: placeholder as Registry['dev.mailbox.clear']['types'],
  },
  'event_stream': {
    methods: ["GET","HEAD"],
    pattern: '/__transmit/events',
    tokens: [{"old":"/__transmit/events","type":0,"val":"__transmit","end":""},{"old":"/__transmit/events","type":0,"val":"events","end":""}],
    types: placeholder as Registry['event_stream']['types'],
  },
  'subscribe': {
    methods: ["POST"],
    pattern: '/__transmit/subscribe',
    tokens: [{"old":"/__transmit/subscribe","type":0,"val":"__transmit","end":""},{"old":"/__transmit/subscribe","type":0,"val":"subscribe","end":""}],
    types: placeholder as Registry['subscribe']['types'],
  },
  'unsubscribe': {
    methods: ["POST"],
    pattern: '/__transmit/unsubscribe',
    tokens: [{"old":"/__transmit/unsubscribe","type":0,"val":"__transmit","end":""},{"old":"/__transmit/unsubscribe","type":0,"val":"unsubscribe","end":""}],
    types: placeholder as Registry['unsubscribe']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}

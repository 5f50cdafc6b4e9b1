/* eslint-disable prettier/prettier */
/// <reference path="../manifest.d.ts" />

import type { ExtractBody, ExtractErrorResponse, ExtractQuery, ExtractQueryForGet, ExtractResponse } from '@tuyau/core/types'
import type { InferInput, SimpleError } from '@vinejs/vine/types'

export type ParamValue = string | number | bigint | boolean

export interface Registry {
  'drive.fs.serve': {
    methods: ["GET","HEAD"]
    pattern: '/uploads/*'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { '*': ParamValue[] }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'health.live': {
    methods: ["GET","HEAD"]
    pattern: '/health/live'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/health/health_checks_controller').default['live']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/health/health_checks_controller').default['live']>>>
    }
  }
  'health.ready': {
    methods: ["GET","HEAD"]
    pattern: '/health/ready'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/health/health_checks_controller').default['ready']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/health/health_checks_controller').default['ready']>>>
    }
  }
  'site.landing': {
    methods: ["GET","HEAD"]
    pattern: '/'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/site/landing_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/site/landing_controller').default['show']>>>
    }
  }
  'identity.signup.create': {
    methods: ["GET","HEAD"]
    pattern: '/signup'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/signup_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/signup_controller').default['create']>>>
    }
  }
  'identity.signup.store': {
    methods: ["POST"]
    pattern: '/signup'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').signupValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').signupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/signup_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/signup_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.session.create': {
    methods: ["GET","HEAD"]
    pattern: '/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/session_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/session_controller').default['create']>>>
    }
  }
  'identity.session.store': {
    methods: ["POST"]
    pattern: '/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').loginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').loginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/session_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/session_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.password_reset.create': {
    methods: ["GET","HEAD"]
    pattern: '/forgot-password'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/password_reset_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/password_reset_controller').default['create']>>>
    }
  }
  'identity.password_reset.store': {
    methods: ["POST"]
    pattern: '/forgot-password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').forgotPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').forgotPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/password_reset_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/password_reset_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.google.redirect': {
    methods: ["GET","HEAD"]
    pattern: '/auth/google/redirect'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/google_auth_controller').default['redirect']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/google_auth_controller').default['redirect']>>>
    }
  }
  'identity.google.callback': {
    methods: ["GET","HEAD"]
    pattern: '/auth/google/callback'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/google_auth_controller').default['callback']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/google_auth_controller').default['callback']>>>
    }
  }
  'identity.password_reset.edit': {
    methods: ["GET","HEAD"]
    pattern: '/reset-password/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/password_reset_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/password_reset_controller').default['edit']>>>
    }
  }
  'identity.password_reset.update': {
    methods: ["POST"]
    pattern: '/reset-password/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').resetPasswordValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').resetPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/password_reset_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/password_reset_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.email_verification.verify': {
    methods: ["GET","HEAD"]
    pattern: '/verify-email/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/email_verification_controller').default['verify']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/email_verification_controller').default['verify']>>>
    }
  }
  'identity.invitations.show': {
    methods: ["GET","HEAD"]
    pattern: '/invitations/:tenant/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { tenant: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/invitations_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/invitations_controller').default['show']>>>
    }
  }
  'identity.invitations.accept': {
    methods: ["POST"]
    pattern: '/invitations/:tenant/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { tenant: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/invitations_controller').default['accept']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/invitations_controller').default['accept']>>>
    }
  }
  'identity.session.destroy': {
    methods: ["POST"]
    pattern: '/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/session_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/session_controller').default['destroy']>>>
    }
  }
  'identity.email_verification.resend': {
    methods: ["POST"]
    pattern: '/email/verification'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/email_verification_controller').default['resend']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/email_verification_controller').default['resend']>>>
    }
  }
  'identity.account.show': {
    methods: ["GET","HEAD"]
    pattern: '/account'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['show']>>>
    }
  }
  'identity.account.profile': {
    methods: ["PUT"]
    pattern: '/account/profile'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').profileValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').profileValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['updateProfile']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['updateProfile']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.account.email': {
    methods: ["PUT"]
    pattern: '/account/email'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').changeEmailValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').changeEmailValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['changeEmail']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['changeEmail']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.account.password': {
    methods: ["PUT"]
    pattern: '/account/password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').changePasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').changePasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['changePassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['changePassword']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.account.end_session': {
    methods: ["DELETE"]
    pattern: '/account/sessions/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['endSession']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['endSession']>>>
    }
  }
  'identity.account.end_other_sessions': {
    methods: ["POST"]
    pattern: '/account/sessions/end-others'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['endOtherSessions']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/account_controller').default['endOtherSessions']>>>
    }
  }
  'tenancy.app_home.show': {
    methods: ["GET","HEAD"]
    pattern: '/app'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/app_home_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/app_home_controller').default['show']>>>
    }
  }
  'tenancy.onboarding.create': {
    methods: ["GET","HEAD"]
    pattern: '/onboarding/workspace'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/onboarding_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/onboarding_controller').default['create']>>>
    }
  }
  'tenancy.onboarding.store': {
    methods: ["POST"]
    pattern: '/onboarding/workspace'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/tenancy/validators/workspace').createWorkspaceValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#kernel/tenancy/validators/workspace').createWorkspaceValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/onboarding_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/onboarding_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'tenancy.onboarding.slug_availability': {
    methods: ["GET","HEAD"]
    pattern: '/onboarding/slug-availability'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#kernel/tenancy/validators/workspace').slugCheckValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/onboarding_controller').default['slugAvailability']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/onboarding_controller').default['slugAvailability']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'tenancy.dashboard.show': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/dashboard_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/dashboard_controller').default['show']>>>
    }
  }
  'tenancy.settings.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/settings'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'tenancy.settings.profile': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/settings/profile'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/workspace_settings_controller').default['profile']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/workspace_settings_controller').default['profile']>>>
    }
  }
  'tenancy.settings.update_profile': {
    methods: ["PUT"]
    pattern: '/app/:workspace/settings/profile'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/tenancy/validators/workspace').workspaceProfileValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/tenancy/validators/workspace').workspaceProfileValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/workspace_settings_controller').default['updateProfile']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/workspace_settings_controller').default['updateProfile']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'tenancy.settings.branding': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/settings/branding'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/workspace_settings_controller').default['branding']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/workspace_settings_controller').default['branding']>>>
    }
  }
  'tenancy.settings.update_branding': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/branding'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/tenancy/validators/workspace').brandingValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/tenancy/validators/workspace').brandingValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/workspace_settings_controller').default['updateBranding']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/workspace_settings_controller').default['updateBranding']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.team.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/settings/team'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['index']>>>
    }
  }
  'identity.team.invite': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/team/invitations'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/team').inviteValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/team').inviteValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['invite']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['invite']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.team.resend': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/team/invitations/:id/resend'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['resend']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['resend']>>>
    }
  }
  'identity.team.revoke': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/settings/team/invitations/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['revoke']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['revoke']>>>
    }
  }
  'identity.team.update_role': {
    methods: ["PUT"]
    pattern: '/app/:workspace/settings/team/members/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/team').changeRoleValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/team').changeRoleValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['updateRole']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['updateRole']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.team.remove': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/settings/team/members/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['remove']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/team_controller').default['remove']>>>
    }
  }
  'identity.roles.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/settings/roles'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/roles_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/roles_controller').default['index']>>>
    }
  }
  'identity.roles.update': {
    methods: ["PUT"]
    pattern: '/app/:workspace/settings/roles/:role'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/team').rolePermissionsValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; role: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/team').rolePermissionsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/roles_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/roles_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'audit.security.show': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/settings/security'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/audit/workspace_security_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/audit/workspace_security_controller').default['show']>>>
    }
  }
  'audit.log.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/settings/audit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#kernel/identity/validators/team').auditFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/audit/audit_log_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/audit/audit_log_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'modules.settings.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/settings/modules'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/modules/controllers/modules_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/modules/controllers/modules_controller').default['index']>>>
    }
  }
  'modules.settings.enable': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/modules/:key/enable'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/modules/controllers/modules_controller').default['enable']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/modules/controllers/modules_controller').default['enable']>>>
    }
  }
  'modules.settings.disable': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/modules/:key/disable'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/modules/controllers/modules_controller').default['disable']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/modules/controllers/modules_controller').default['disable']>>>
    }
  }
  'modules.settings.schedule_purge': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/modules/:key/purge'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/modules/validators').purgeConfirmationValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; key: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/modules/validators').purgeConfirmationValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/modules/controllers/modules_controller').default['schedulePurge']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/modules/controllers/modules_controller').default['schedulePurge']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'modules.settings.cancel_purge': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/settings/modules/:key/purge'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/modules/controllers/modules_controller').default['cancelPurge']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/modules/controllers/modules_controller').default['cancelPurge']>>>
    }
  }
  'notifications.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/notifications'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#kernel/notifications/validators').notificationFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/notifications/controllers/notifications_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/notifications/controllers/notifications_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'notifications.summary': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/notifications/summary'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/notifications/controllers/notifications_controller').default['summary']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/notifications/controllers/notifications_controller').default['summary']>>>
    }
  }
  'notifications.mark_all_read': {
    methods: ["POST"]
    pattern: '/app/:workspace/notifications/read'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/notifications/controllers/notifications_controller').default['markAllRead']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/notifications/controllers/notifications_controller').default['markAllRead']>>>
    }
  }
  'notifications.mark_read': {
    methods: ["POST"]
    pattern: '/app/:workspace/notifications/:id/read'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/notifications/controllers/notifications_controller').default['markRead']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/notifications/controllers/notifications_controller').default['markRead']>>>
    }
  }
  'notifications.update_channels': {
    methods: ["PUT"]
    pattern: '/app/:workspace/notifications/channels'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/notifications/validators').notificationChannelsValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/notifications/validators').notificationChannelsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/notifications/controllers/notifications_controller').default['updateChannels']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/notifications/controllers/notifications_controller').default['updateChannels']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'tenancy.shop_home.show': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/shop_home_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/tenancy/controllers/shop_home_controller').default['show']>>>
    }
  }
  'identity.customer_account.show': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['show']>>>
    }
  }
  'identity.customer_account.update': {
    methods: ["PUT"]
    pattern: '/s/:storefront/account'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').profileValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').profileValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.customer_account.show_register': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/register'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['showRegister']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['showRegister']>>>
    }
  }
  'identity.customer_account.register': {
    methods: ["POST"]
    pattern: '/s/:storefront/account/register'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').signupValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').signupValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['register']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['register']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.customer_account.show_login': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/login'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['showLogin']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['showLogin']>>>
    }
  }
  'identity.customer_account.login': {
    methods: ["POST"]
    pattern: '/s/:storefront/account/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').loginValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').loginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['login']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['login']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.customer_account.logout': {
    methods: ["POST"]
    pattern: '/s/:storefront/account/logout'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['logout']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['logout']>>>
    }
  }
  'identity.customer_account.verify_email': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/verify-email/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['verifyEmail']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['verifyEmail']>>>
    }
  }
  'identity.customer_password_reset.create': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/forgot-password'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['showForgotPassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['showForgotPassword']>>>
    }
  }
  'identity.customer_password_reset.store': {
    methods: ["POST"]
    pattern: '/s/:storefront/account/forgot-password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').forgotPasswordValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').forgotPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['sendResetLink']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['sendResetLink']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'identity.customer_password_reset.edit': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/reset-password/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['showResetPassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['showResetPassword']>>>
    }
  }
  'identity.customer_password_reset.update': {
    methods: ["POST"]
    pattern: '/s/:storefront/account/reset-password/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/identity/validators/auth').resetPasswordValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/identity/validators/auth').resetPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['resetPassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/identity/controllers/customer_account_controller').default['resetPassword']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'dev.mailbox.index': {
    methods: ["GET","HEAD"]
    pattern: '/dev/mailbox'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/mail/dev_mailbox/dev_mailbox_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/mail/dev_mailbox/dev_mailbox_controller').default['index']>>>
    }
  }
  'dev.mailbox.clear': {
    methods: ["DELETE"]
    pattern: '/dev/mailbox'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/mail/dev_mailbox/dev_mailbox_controller').default['clear']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/mail/dev_mailbox/dev_mailbox_controller').default['clear']>>>
    }
  }
  'event_stream': {
    methods: ["GET","HEAD"]
    pattern: '/__transmit/events'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'subscribe': {
    methods: ["POST"]
    pattern: '/__transmit/subscribe'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'unsubscribe': {
    methods: ["POST"]
    pattern: '/__transmit/unsubscribe'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
}

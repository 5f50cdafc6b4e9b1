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
  'api_tokens.settings.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/settings/api-tokens'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/api_tokens/api_tokens_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/api_tokens/api_tokens_controller').default['index']>>>
    }
  }
  'api_tokens.settings.store': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/api-tokens'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/api_tokens/api_token_validators').createApiTokenValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/api_tokens/api_token_validators').createApiTokenValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/api_tokens/api_tokens_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/api_tokens/api_tokens_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api_tokens.settings.destroy': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/settings/api-tokens/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/api_tokens/api_tokens_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/api_tokens/api_tokens_controller').default['destroy']>>>
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
  'billing.page.show': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/settings/billing'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/billing/controllers/billing_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/billing/controllers/billing_controller').default['show']>>>
    }
  }
  'billing.plan.change': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/billing/plan'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/billing/validators/billing').changePlanValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/billing/validators/billing').changePlanValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/billing/controllers/billing_controller').default['changePlan']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/billing/controllers/billing_controller').default['changePlan']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'billing.portal.open': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/billing/portal'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/billing/controllers/billing_controller').default['portal']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/billing/controllers/billing_controller').default['portal']>>>
    }
  }
  'billing.subscription.cancel': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/billing/cancel'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/billing/controllers/billing_controller').default['cancel']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/billing/controllers/billing_controller').default['cancel']>>>
    }
  }
  'billing.subscription.resume': {
    methods: ["POST"]
    pattern: '/app/:workspace/settings/billing/resume'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/billing/controllers/billing_controller').default['resume']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/billing/controllers/billing_controller').default['resume']>>>
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
  'ops.home': {
    methods: ["GET","HEAD"]
    pattern: '/ops'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'ops.tenants.index': {
    methods: ["GET","HEAD"]
    pattern: '/ops/tenants'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#kernel/ops/validators').tenantFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/tenants_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/tenants_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'ops.tenants.show': {
    methods: ["GET","HEAD"]
    pattern: '/ops/tenants/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/tenants_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/tenants_controller').default['show']>>>
    }
  }
  'ops.tenants.suspend': {
    methods: ["POST"]
    pattern: '/ops/tenants/:id/suspend'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/ops/validators').reasonValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/ops/validators').reasonValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/tenants_controller').default['suspend']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/tenants_controller').default['suspend']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'ops.tenants.unsuspend': {
    methods: ["POST"]
    pattern: '/ops/tenants/:id/unsuspend'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/ops/validators').reasonValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/ops/validators').reasonValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/tenants_controller').default['unsuspend']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/tenants_controller').default['unsuspend']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'ops.impersonation.start': {
    methods: ["POST"]
    pattern: '/ops/tenants/:id/impersonations'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/ops/validators').impersonateValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/ops/validators').impersonateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/impersonations_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/impersonations_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'ops.plans.index': {
    methods: ["GET","HEAD"]
    pattern: '/ops/plans'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['index']>>>
    }
  }
  'ops.plans.create': {
    methods: ["GET","HEAD"]
    pattern: '/ops/plans/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['create']>>>
    }
  }
  'ops.plans.store': {
    methods: ["POST"]
    pattern: '/ops/plans'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/billing/plans/plan_validator').planValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#kernel/billing/plans/plan_validator').planValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'ops.plans.edit': {
    methods: ["GET","HEAD"]
    pattern: '/ops/plans/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['edit']>>>
    }
  }
  'ops.plans.update': {
    methods: ["PUT"]
    pattern: '/ops/plans/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/billing/plans/plan_validator').planValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#kernel/billing/plans/plan_validator').planValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'ops.plans.archive': {
    methods: ["POST"]
    pattern: '/ops/plans/:id/archive'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['archive']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['archive']>>>
    }
  }
  'ops.plans.sync': {
    methods: ["POST"]
    pattern: '/ops/plans/:id/sync'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['sync']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/plans_controller').default['sync']>>>
    }
  }
  'ops.figures.show': {
    methods: ["GET","HEAD"]
    pattern: '/ops/figures'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/figures_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/figures_controller').default['show']>>>
    }
  }
  'ops.stripe_events.index': {
    methods: ["GET","HEAD"]
    pattern: '/ops/stripe-events'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#kernel/ops/validators').stripeEventFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/stripe_events_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/stripe_events_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'ops.stripe_events.show': {
    methods: ["GET","HEAD"]
    pattern: '/ops/stripe-events/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/stripe_events_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/stripe_events_controller').default['show']>>>
    }
  }
  'ops.stripe_events.replay': {
    methods: ["POST"]
    pattern: '/ops/stripe-events/:id/replay'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/stripe_events_controller').default['replay']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/stripe_events_controller').default['replay']>>>
    }
  }
  'ops.settings.show': {
    methods: ["GET","HEAD"]
    pattern: '/ops/settings'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/platform_settings_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/platform_settings_controller').default['show']>>>
    }
  }
  'ops.settings.update': {
    methods: ["PUT"]
    pattern: '/ops/settings'
    types: {
      body: ExtractBody<InferInput<(typeof import('#kernel/ops/validators').platformSettingsValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#kernel/ops/validators').platformSettingsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/platform_settings_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/platform_settings_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'ops.impersonation.end': {
    methods: ["POST"]
    pattern: '/impersonation/end'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/ops/controllers/impersonations_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/ops/controllers/impersonations_controller').default['destroy']>>>
    }
  }
  'billing.webhooks.stripe': {
    methods: ["POST"]
    pattern: '/webhooks/stripe'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#kernel/billing/controllers/stripe_billing_webhook_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#kernel/billing/controllers/stripe_billing_webhook_controller').default['handle']>>>
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
  'chat.inbox.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/chat/inbox'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/chat/inbox/validators').inboxFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/inbox_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/inbox_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.inbox.show': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/chat/inbox/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/inbox_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/inbox_controller').default['show']>>>
    }
  }
  'chat.inbox.reply': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/reply'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/inbox/validators').agentMessageValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/inbox/validators').agentMessageValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['reply']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['reply']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.inbox.note': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/note'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/inbox/validators').agentMessageValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/inbox/validators').agentMessageValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['note']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['note']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.inbox.take_over': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/take-over'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['takeOver']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['takeOver']>>>
    }
  }
  'chat.inbox.hand_back': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/hand-back'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['handBack']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['handBack']>>>
    }
  }
  'chat.inbox.hand_off': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/hand-off'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['handOff']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['handOff']>>>
    }
  }
  'chat.inbox.resolve': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/resolve'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['resolve']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['resolve']>>>
    }
  }
  'chat.inbox.reopen': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/reopen'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['reopen']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['reopen']>>>
    }
  }
  'chat.inbox.assign': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/assign'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/inbox/validators').assignValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/inbox/validators').assignValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['assign']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['assign']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.inbox.tags': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/tags'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/inbox/validators').tagsValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/inbox/validators').tagsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['tags']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['tags']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.inbox.typing': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/typing'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['typing']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['typing']>>>
    }
  }
  'chat.inbox.read': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/inbox/:id/read'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['read']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/inbox/conversation_actions_controller').default['read']>>>
    }
  }
  'chat.canned.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/chat/canned-responses'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/chat/inbox/validators').cannedFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/canned/canned_responses_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/canned/canned_responses_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.canned.store': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/canned-responses'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/inbox/validators').cannedResponseValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/inbox/validators').cannedResponseValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/canned/canned_responses_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/canned/canned_responses_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.canned.update': {
    methods: ["PUT"]
    pattern: '/app/:workspace/chat/canned-responses/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/inbox/validators').cannedResponseValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/inbox/validators').cannedResponseValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/canned/canned_responses_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/canned/canned_responses_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.canned.destroy': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/chat/canned-responses/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/canned/canned_responses_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/canned/canned_responses_controller').default['destroy']>>>
    }
  }
  'chat.faqs.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/chat/faqs'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/chat/validators/faq').faqFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.faqs.create': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/chat/faqs/new'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/chat/validators/faq').faqSuggestionValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['create']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.faqs.store': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/faqs'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/validators/faq').faqValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/validators/faq').faqValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.faqs.starter': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/faqs/starter'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['starter']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['starter']>>>
    }
  }
  'chat.faqs.edit': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/chat/faqs/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['edit']>>>
    }
  }
  'chat.faqs.update': {
    methods: ["PUT"]
    pattern: '/app/:workspace/chat/faqs/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/validators/faq').faqValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/validators/faq').faqValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.faqs.toggle': {
    methods: ["PUT"]
    pattern: '/app/:workspace/chat/faqs/:id/active'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/validators/faq').faqActiveValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/validators/faq').faqActiveValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['toggle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['toggle']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.faqs.destroy': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/chat/faqs/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/faqs/faqs_controller').default['destroy']>>>
    }
  }
  'chat.settings.show': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/chat/settings'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['show']>>>
    }
  }
  'chat.settings.update': {
    methods: ["PUT"]
    pattern: '/app/:workspace/chat/settings'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/validators/settings').settingsFormValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/validators/settings').settingsFormValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.settings.save_gemini_key': {
    methods: ["PUT"]
    pattern: '/app/:workspace/chat/settings/gemini-key'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/validators/settings').geminiKeyValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/validators/settings').geminiKeyValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['saveGeminiKey']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['saveGeminiKey']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.settings.remove_gemini_key': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/chat/settings/gemini-key'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['removeGeminiKey']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['removeGeminiKey']>>>
    }
  }
  'chat.settings.update_widget': {
    methods: ["PUT"]
    pattern: '/app/:workspace/chat/settings/widget'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/chat/validators/settings').widgetFormValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/chat/validators/settings').widgetFormValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['updateWidget']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['updateWidget']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'chat.settings.regenerate_widget_key': {
    methods: ["POST"]
    pattern: '/app/:workspace/chat/settings/widget/key'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['regenerateWidgetKey']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/settings/chat_settings_controller').default['regenerateWidgetKey']>>>
    }
  }
  'chat.shop.settings': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/chat/settings'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['settings']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['settings']>>>
    }
  }
  'chat.shop.open': {
    methods: ["POST"]
    pattern: '/s/:storefront/chat/conversation'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['open']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['open']>>>
    }
  }
  'chat.shop.messages': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/chat/messages'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['messages']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['messages']>>>
    }
  }
  'chat.shop.send': {
    methods: ["POST"]
    pattern: '/s/:storefront/chat/messages'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['send']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['send']>>>
    }
  }
  'chat.shop.typing': {
    methods: ["POST"]
    pattern: '/s/:storefront/chat/typing'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['typing']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['typing']>>>
    }
  }
  'chat.shop.read': {
    methods: ["POST"]
    pattern: '/s/:storefront/chat/read'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['read']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['read']>>>
    }
  }
  'chat.shop.handoff': {
    methods: ["POST"]
    pattern: '/s/:storefront/chat/handoff'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['handoff']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['handoff']>>>
    }
  }
  'chat.shop.cart': {
    methods: ["POST"]
    pattern: '/s/:storefront/chat/cart'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['addToCart']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/customer/shop_chat_controller').default['addToCart']>>>
    }
  }
  'chat.widget.script': {
    methods: ["GET","HEAD"]
    pattern: '/chat/widget.js'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_script_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_script_controller').default['show']>>>
    }
  }
  'chat.widget.settings': {
    methods: ["GET","HEAD"]
    pattern: '/chat/w/:key/settings'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['settings']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['settings']>>>
    }
  }
  'chat.widget.open': {
    methods: ["POST"]
    pattern: '/chat/w/:key/conversation'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['open']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['open']>>>
    }
  }
  'chat.widget.messages': {
    methods: ["GET","HEAD"]
    pattern: '/chat/w/:key/messages'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['messages']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['messages']>>>
    }
  }
  'chat.widget.send': {
    methods: ["POST"]
    pattern: '/chat/w/:key/messages'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['send']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['send']>>>
    }
  }
  'chat.widget.typing': {
    methods: ["POST"]
    pattern: '/chat/w/:key/typing'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['typing']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['typing']>>>
    }
  }
  'chat.widget.read': {
    methods: ["POST"]
    pattern: '/chat/w/:key/read'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['read']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['read']>>>
    }
  }
  'chat.widget.handoff': {
    methods: ["POST"]
    pattern: '/chat/w/:key/handoff'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['handoff']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['handoff']>>>
    }
  }
  'chat.widget.cart': {
    methods: ["POST"]
    pattern: '/chat/w/:key/cart'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { key: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['addToCart']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/chat/controllers/widget/widget_conversations_controller').default['addToCart']>>>
    }
  }
  'storefront.products.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/products'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/storefront/validators/catalog').productFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.products.create': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/products/new'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['create']>>>
    }
  }
  'storefront.products.store': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/products'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').productValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').productValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.products.export': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/products/export.csv'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/storefront/validators/catalog').productFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_bulk_controller').default['export']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_bulk_controller').default['export']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.products.bulk': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/products/bulk'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').bulkProductsValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').bulkProductsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_bulk_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_bulk_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.products.edit': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/products/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['edit']>>>
    }
  }
  'storefront.products.update': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/products/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').productValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').productValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.products.destroy': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/storefront/products/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/products_controller').default['destroy']>>>
    }
  }
  'storefront.product_images.store': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/products/:id/images'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').productImagesValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').productImagesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_images_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_images_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.product_images.reorder': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/products/:id/images/order'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').imageOrderValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').imageOrderValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_images_controller').default['reorder']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_images_controller').default['reorder']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.product_images.update': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/products/:id/images/:imageId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').imageAltValidator)>>
      paramsTuple: [ParamValue, ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue; imageId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').imageAltValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_images_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_images_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.product_images.destroy': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/storefront/products/:id/images/:imageId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue; imageId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_images_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/product_images_controller').default['destroy']>>>
    }
  }
  'storefront.categories.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/categories'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/categories_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/categories_controller').default['index']>>>
    }
  }
  'storefront.categories.store': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/categories'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').categoryValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').categoryValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/categories_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/categories_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.categories.update': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/categories/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').categoryValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').categoryValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/categories_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/categories_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.categories.destroy': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/storefront/categories/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/categories_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/categories_controller').default['destroy']>>>
    }
  }
  'storefront.attributes.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/attributes'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/attributes_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/attributes_controller').default['index']>>>
    }
  }
  'storefront.attributes.store': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/attributes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').attributeValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').attributeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/attributes_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/attributes_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.attributes.update': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/attributes/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').attributeValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').attributeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/attributes_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/attributes_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.attributes.destroy': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/storefront/attributes/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/attributes_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/attributes_controller').default['destroy']>>>
    }
  }
  'storefront.imports.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/product-imports'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/catalog_imports_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/catalog_imports_controller').default['index']>>>
    }
  }
  'storefront.imports.store': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/product-imports'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/catalog').catalogImportValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/catalog').catalogImportValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/catalog_imports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/catalog_imports_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.imports.show': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/product-imports/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/catalog_imports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/catalog/catalog_imports_controller').default['show']>>>
    }
  }
  'storefront.orders.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/orders'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/storefront/validators/orders').orderFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.orders.show': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/orders/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['show']>>>
    }
  }
  'storefront.orders.invoice': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/orders/:id/invoice.pdf'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['invoice']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['invoice']>>>
    }
  }
  'storefront.orders.mark_paid': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/orders/:id/mark-paid'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/orders').markPaidValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/orders').markPaidValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['markPaid']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['markPaid']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.orders.fulfil': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/orders/:id/fulfil'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/orders').fulfilOrderValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/orders').fulfilOrderValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['fulfil']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['fulfil']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.orders.deliver': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/orders/:id/deliver'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['deliver']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['deliver']>>>
    }
  }
  'storefront.orders.cancel': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/orders/:id/cancel'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/orders').cancelOrderValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/orders').cancelOrderValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['cancel']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['cancel']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.orders.refund': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/orders/:id/refund'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/orders').refundOrderValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/orders').refundOrderValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['refund']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['refund']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.orders.note': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/orders/:id/notes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/orders').orderNoteValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/orders').orderNoteValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['note']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/orders/orders_controller').default['note']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.customers.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/customers'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#modules/storefront/validators/customers').customerFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/customers/customers_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/customers/customers_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.customers.show': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/customers/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/customers/customers_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/customers/customers_controller').default['show']>>>
    }
  }
  'storefront.customers.update_tags': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/customers/:id/tags'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/customers').customerTagsValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/customers').customerTagsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/customers/customers_controller').default['updateTags']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/customers/customers_controller').default['updateTags']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.customers.export': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/customers/:id/export.json'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/customers/customers_controller').default['export']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/customers/customers_controller').default['export']>>>
    }
  }
  'storefront.customers.erase': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/customers/:id/erase'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/customers').customerEraseValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/customers').customerEraseValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/customers/customers_controller').default['erase']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/customers/customers_controller').default['erase']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.discounts.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/discounts'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/discounts/discounts_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/discounts/discounts_controller').default['index']>>>
    }
  }
  'storefront.discounts.store': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/discounts'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/discounts').discountValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/discounts').discountValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/discounts/discounts_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/discounts/discounts_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.discounts.update': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/discounts/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/discounts').discountValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/discounts').discountValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/discounts/discounts_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/discounts/discounts_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.discounts.destroy': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/storefront/discounts/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/discounts/discounts_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/discounts/discounts_controller').default['destroy']>>>
    }
  }
  'storefront.shipping.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/shipping'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['index']>>>
    }
  }
  'storefront.shipping.store_zone': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/shipping/zones'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shipping').shippingZoneValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shipping').shippingZoneValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['storeZone']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['storeZone']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.shipping.update_zone': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/shipping/zones/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shipping').shippingZoneValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shipping').shippingZoneValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['updateZone']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['updateZone']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.shipping.destroy_zone': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/storefront/shipping/zones/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['destroyZone']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['destroyZone']>>>
    }
  }
  'storefront.shipping.store_rate': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/shipping/zones/:id/rates'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shipping').shippingRateValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shipping').shippingRateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['storeRate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['storeRate']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.shipping.update_rate': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/shipping/rates/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shipping').shippingRateValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shipping').shippingRateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['updateRate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['updateRate']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.shipping.destroy_rate': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/storefront/shipping/rates/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['destroyRate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shipping/shipping_controller').default['destroyRate']>>>
    }
  }
  'storefront.taxes.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/taxes'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/taxes/taxes_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/taxes/taxes_controller').default['index']>>>
    }
  }
  'storefront.taxes.store': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/taxes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/taxes').taxRateValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/taxes').taxRateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/taxes/taxes_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/taxes/taxes_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.taxes.update_settings': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/taxes/settings'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/taxes').taxSettingsValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/taxes').taxSettingsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/taxes/taxes_controller').default['updateSettings']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/taxes/taxes_controller').default['updateSettings']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.taxes.update': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/taxes/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/taxes').taxRateValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/taxes').taxRateValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/taxes/taxes_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/taxes/taxes_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.taxes.destroy': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/storefront/taxes/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/taxes/taxes_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/taxes/taxes_controller').default['destroy']>>>
    }
  }
  'storefront.settings.show': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/settings'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['show']>>>
    }
  }
  'storefront.settings.update_theme': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/settings/theme'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shop_settings').themeFormValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shop_settings').themeFormValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['updateTheme']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['updateTheme']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.settings.update_menu': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/settings/menu'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shop_settings').menuFormValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shop_settings').menuFormValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['updateMenu']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['updateMenu']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.settings.update_page': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/settings/pages/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shop_settings').shopPageValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shop_settings').shopPageValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['updatePage']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['updatePage']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.settings.update_domain': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/settings/domain'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shop_settings').customDomainValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shop_settings').customDomainValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['updateDomain']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['updateDomain']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.settings.verify_domain': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/settings/domain/verify'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['verifyDomain']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['verifyDomain']>>>
    }
  }
  'storefront.settings.remove_domain': {
    methods: ["DELETE"]
    pattern: '/app/:workspace/storefront/settings/domain'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['removeDomain']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['removeDomain']>>>
    }
  }
  'storefront.settings.update_payments': {
    methods: ["PUT"]
    pattern: '/app/:workspace/storefront/settings/payments'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shop_settings').paymentMethodsValidator)>>
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shop_settings').paymentMethodsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['updatePayments']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/settings/shop_settings_controller').default['updatePayments']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.reviews.index': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/reviews'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/review_moderation_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/review_moderation_controller').default['index']>>>
    }
  }
  'storefront.reviews.approve': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/reviews/:id/approve'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/review_moderation_controller').default['approve']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/review_moderation_controller').default['approve']>>>
    }
  }
  'storefront.reviews.reject': {
    methods: ["POST"]
    pattern: '/app/:workspace/storefront/reviews/:id/reject'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { workspace: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/review_moderation_controller').default['reject']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/review_moderation_controller').default['reject']>>>
    }
  }
  'storefront.stripe.connect': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/settings/payments/stripe'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/payments/stripe_connect_controller').default['start']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/payments/stripe_connect_controller').default['start']>>>
    }
  }
  'storefront.stripe.return': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/settings/payments/stripe/return'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/payments/stripe_connect_controller').default['return']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/payments/stripe_connect_controller').default['return']>>>
    }
  }
  'storefront.stripe.refresh': {
    methods: ["GET","HEAD"]
    pattern: '/app/:workspace/storefront/settings/payments/stripe/refresh'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { workspace: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/payments/stripe_connect_controller').default['start']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/payments/stripe_connect_controller').default['start']>>>
    }
  }
  'storefront.shop.search': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/search'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_catalog_controller').default['search']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_catalog_controller').default['search']>>>
    }
  }
  'storefront.shop.category': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/categories/:slug'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; slug: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_catalog_controller').default['category']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_catalog_controller').default['category']>>>
    }
  }
  'storefront.shop.product': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/products/:slug'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; slug: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_catalog_controller').default['product']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_catalog_controller').default['product']>>>
    }
  }
  'storefront.shop_reviews.store': {
    methods: ["POST"]
    pattern: '/s/:storefront/products/:slug/reviews'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shop').reviewValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; slug: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shop').reviewValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_reviews_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_reviews_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.shop.page': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/pages/:slug'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; slug: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_pages_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_pages_controller').default['show']>>>
    }
  }
  'storefront.shop.sitemap': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/sitemap.xml'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_pages_controller').default['sitemap']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_pages_controller').default['sitemap']>>>
    }
  }
  'storefront.shop.robots': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/robots.txt'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_pages_controller').default['robots']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_pages_controller').default['robots']>>>
    }
  }
  'storefront.wishlist.index': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/wishlist'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/wishlist_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/wishlist_controller').default['index']>>>
    }
  }
  'storefront.wishlist.store': {
    methods: ["POST"]
    pattern: '/s/:storefront/wishlist'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shop').wishlistValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shop').wishlistValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/wishlist_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/wishlist_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.wishlist.destroy': {
    methods: ["DELETE"]
    pattern: '/s/:storefront/wishlist/:productId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; productId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/wishlist_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/wishlist_controller').default['destroy']>>>
    }
  }
  'storefront.newsletter.store': {
    methods: ["POST"]
    pattern: '/s/:storefront/newsletter'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shop').newsletterValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shop').newsletterValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/newsletter_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/newsletter_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.account.orders': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/orders'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['orders']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['orders']>>>
    }
  }
  'storefront.account.order': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/orders/:number'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; number: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['order']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['order']>>>
    }
  }
  'storefront.account.addresses': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/addresses'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['addresses']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['addresses']>>>
    }
  }
  'storefront.account.store_address': {
    methods: ["POST"]
    pattern: '/s/:storefront/account/addresses'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['storeAddress']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['storeAddress']>>>
    }
  }
  'storefront.account.update_address': {
    methods: ["PUT"]
    pattern: '/s/:storefront/account/addresses/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['updateAddress']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['updateAddress']>>>
    }
  }
  'storefront.account.destroy_address': {
    methods: ["DELETE"]
    pattern: '/s/:storefront/account/addresses/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['destroyAddress']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['destroyAddress']>>>
    }
  }
  'storefront.account.profile': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/profile'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['profile']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['profile']>>>
    }
  }
  'storefront.account.update_profile': {
    methods: ["PUT"]
    pattern: '/s/:storefront/account/profile'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shop').profileValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shop').profileValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['updateProfile']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['updateProfile']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.account.privacy': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/privacy'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['privacy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['privacy']>>>
    }
  }
  'storefront.account.download': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/account/data.json'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['download']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['download']>>>
    }
  }
  'storefront.account.erase': {
    methods: ["DELETE"]
    pattern: '/s/:storefront/account'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/validators/shop').eraseAccountValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/validators/shop').eraseAccountValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['erase']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/shop/shop_account_controller').default['erase']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.cart.show': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/cart'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/cart/cart_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/cart/cart_controller').default['show']>>>
    }
  }
  'storefront.cart.add': {
    methods: ["POST"]
    pattern: '/s/:storefront/cart/items'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/cart/cart_validators').addToCartValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/cart/cart_validators').addToCartValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/cart/cart_controller').default['add']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/cart/cart_controller').default['add']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.cart.update': {
    methods: ["PUT"]
    pattern: '/s/:storefront/cart/items/:variantId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/cart/cart_validators').cartQuantityValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; variantId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/cart/cart_validators').cartQuantityValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/cart/cart_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/cart/cart_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.cart.remove': {
    methods: ["DELETE"]
    pattern: '/s/:storefront/cart/items/:variantId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/cart/cart_validators').cartQuantityValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; variantId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/cart/cart_validators').cartQuantityValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/cart/cart_controller').default['remove']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/cart/cart_controller').default['remove']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.cart.resume': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/cart/:cart/resume'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; cart: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/cart/cart_controller').default['resume']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/cart/cart_controller').default['resume']>>>
    }
  }
  'storefront.checkout.show': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/checkout'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/checkout/checkout_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/checkout/checkout_controller').default['show']>>>
    }
  }
  'storefront.checkout.update': {
    methods: ["PUT"]
    pattern: '/s/:storefront/checkout'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/checkout/checkout_validators').checkoutDraftValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/checkout/checkout_validators').checkoutDraftValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/checkout/checkout_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/checkout/checkout_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.checkout.place': {
    methods: ["POST"]
    pattern: '/s/:storefront/checkout/place'
    types: {
      body: ExtractBody<InferInput<(typeof import('#modules/storefront/checkout/checkout_validators').placeOrderValidator)>>
      paramsTuple: [ParamValue]
      params: { storefront: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#modules/storefront/checkout/checkout_validators').placeOrderValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/checkout/checkout_controller').default['place']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/checkout/checkout_controller').default['place']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'storefront.orders.confirmation': {
    methods: ["GET","HEAD"]
    pattern: '/s/:storefront/orders/:id/confirmation'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/checkout/order_confirmations_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/checkout/order_confirmations_controller').default['show']>>>
    }
  }
  'storefront.orders.pay': {
    methods: ["POST"]
    pattern: '/s/:storefront/orders/:id/pay'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { storefront: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/payments/order_payments_controller').default['pay']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/payments/order_payments_controller').default['pay']>>>
    }
  }
  'storefront.api_products.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/products'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_products.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/products/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_categories.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/categories'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_carts.store': {
    methods: ["POST"]
    pattern: '/api/v1/carts'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_carts.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/carts/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_cart_items.store': {
    methods: ["POST"]
    pattern: '/api/v1/carts/:id/items'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_cart_items.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/carts/:id/items/:variantId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; variantId: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_cart_items.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/carts/:id/items/:variantId'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; variantId: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_checkouts.store': {
    methods: ["POST"]
    pattern: '/api/v1/checkouts'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_checkouts.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/checkouts/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_checkouts.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/checkouts/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_checkouts.place_order': {
    methods: ["POST"]
    pattern: '/api/v1/checkouts/:id/order'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_orders.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/orders'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_orders.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/orders/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.api_openapi.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/openapi.json'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'storefront.payments.webhook': {
    methods: ["POST"]
    pattern: '/webhooks/stripe/storefront'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#modules/storefront/controllers/payments/stripe_webhooks_controller').default['handle']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#modules/storefront/controllers/payments/stripe_webhooks_controller').default['handle']>>>
    }
  }
}

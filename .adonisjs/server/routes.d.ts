import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'site.landing': { paramsTuple?: []; params?: {} }
    'identity.signup.create': { paramsTuple?: []; params?: {} }
    'identity.signup.store': { paramsTuple?: []; params?: {} }
    'identity.session.create': { paramsTuple?: []; params?: {} }
    'identity.session.store': { paramsTuple?: []; params?: {} }
    'identity.password_reset.create': { paramsTuple?: []; params?: {} }
    'identity.password_reset.store': { paramsTuple?: []; params?: {} }
    'identity.google.redirect': { paramsTuple?: []; params?: {} }
    'identity.google.callback': { paramsTuple?: []; params?: {} }
    'identity.password_reset.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.password_reset.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.email_verification.verify': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.invitations.show': { paramsTuple: [ParamValue,ParamValue]; params: {'tenant': ParamValue,'id': ParamValue} }
    'identity.invitations.accept': { paramsTuple: [ParamValue,ParamValue]; params: {'tenant': ParamValue,'id': ParamValue} }
    'identity.session.destroy': { paramsTuple?: []; params?: {} }
    'identity.email_verification.resend': { paramsTuple?: []; params?: {} }
    'identity.account.show': { paramsTuple?: []; params?: {} }
    'identity.account.profile': { paramsTuple?: []; params?: {} }
    'identity.account.email': { paramsTuple?: []; params?: {} }
    'identity.account.password': { paramsTuple?: []; params?: {} }
    'identity.account.end_session': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.account.end_other_sessions': { paramsTuple?: []; params?: {} }
    'tenancy.app_home.show': { paramsTuple?: []; params?: {} }
    'tenancy.onboarding.create': { paramsTuple?: []; params?: {} }
    'tenancy.onboarding.store': { paramsTuple?: []; params?: {} }
    'tenancy.onboarding.slug_availability': { paramsTuple?: []; params?: {} }
    'tenancy.dashboard.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.profile': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.update_profile': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.branding': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.update_branding': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.team.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.team.invite': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.team.resend': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'identity.team.revoke': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'identity.team.update_role': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'identity.team.remove': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'identity.roles.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.roles.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'role': ParamValue} }
    'audit.security.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'audit.log.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'modules.settings.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'modules.settings.enable': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'key': ParamValue} }
    'modules.settings.disable': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'key': ParamValue} }
    'modules.settings.schedule_purge': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'key': ParamValue} }
    'modules.settings.cancel_purge': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'key': ParamValue} }
    'notifications.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.summary': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.mark_all_read': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.mark_read': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'notifications.update_channels': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.shop_home.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.update': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show_register': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.register': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show_login': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.login': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.logout': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.verify_email': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'identity.customer_password_reset.create': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_password_reset.store': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_password_reset.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'identity.customer_password_reset.update': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'dev.mailbox.index': { paramsTuple?: []; params?: {} }
    'dev.mailbox.clear': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'site.landing': { paramsTuple?: []; params?: {} }
    'identity.signup.create': { paramsTuple?: []; params?: {} }
    'identity.session.create': { paramsTuple?: []; params?: {} }
    'identity.password_reset.create': { paramsTuple?: []; params?: {} }
    'identity.google.redirect': { paramsTuple?: []; params?: {} }
    'identity.google.callback': { paramsTuple?: []; params?: {} }
    'identity.password_reset.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.email_verification.verify': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.invitations.show': { paramsTuple: [ParamValue,ParamValue]; params: {'tenant': ParamValue,'id': ParamValue} }
    'identity.account.show': { paramsTuple?: []; params?: {} }
    'tenancy.app_home.show': { paramsTuple?: []; params?: {} }
    'tenancy.onboarding.create': { paramsTuple?: []; params?: {} }
    'tenancy.onboarding.slug_availability': { paramsTuple?: []; params?: {} }
    'tenancy.dashboard.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.profile': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.branding': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.team.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.roles.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'audit.security.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'audit.log.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'modules.settings.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.summary': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.shop_home.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show_register': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show_login': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.verify_email': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'identity.customer_password_reset.create': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_password_reset.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'dev.mailbox.index': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'site.landing': { paramsTuple?: []; params?: {} }
    'identity.signup.create': { paramsTuple?: []; params?: {} }
    'identity.session.create': { paramsTuple?: []; params?: {} }
    'identity.password_reset.create': { paramsTuple?: []; params?: {} }
    'identity.google.redirect': { paramsTuple?: []; params?: {} }
    'identity.google.callback': { paramsTuple?: []; params?: {} }
    'identity.password_reset.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.email_verification.verify': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.invitations.show': { paramsTuple: [ParamValue,ParamValue]; params: {'tenant': ParamValue,'id': ParamValue} }
    'identity.account.show': { paramsTuple?: []; params?: {} }
    'tenancy.app_home.show': { paramsTuple?: []; params?: {} }
    'tenancy.onboarding.create': { paramsTuple?: []; params?: {} }
    'tenancy.onboarding.slug_availability': { paramsTuple?: []; params?: {} }
    'tenancy.dashboard.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.profile': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.settings.branding': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.team.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.roles.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'audit.security.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'audit.log.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'modules.settings.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.summary': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.shop_home.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show_register': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show_login': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.verify_email': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'identity.customer_password_reset.create': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_password_reset.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'dev.mailbox.index': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'identity.signup.store': { paramsTuple?: []; params?: {} }
    'identity.session.store': { paramsTuple?: []; params?: {} }
    'identity.password_reset.store': { paramsTuple?: []; params?: {} }
    'identity.password_reset.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.invitations.accept': { paramsTuple: [ParamValue,ParamValue]; params: {'tenant': ParamValue,'id': ParamValue} }
    'identity.session.destroy': { paramsTuple?: []; params?: {} }
    'identity.email_verification.resend': { paramsTuple?: []; params?: {} }
    'identity.account.end_other_sessions': { paramsTuple?: []; params?: {} }
    'tenancy.onboarding.store': { paramsTuple?: []; params?: {} }
    'tenancy.settings.update_branding': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.team.invite': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.team.resend': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'modules.settings.enable': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'key': ParamValue} }
    'modules.settings.disable': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'key': ParamValue} }
    'modules.settings.schedule_purge': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'key': ParamValue} }
    'notifications.mark_all_read': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.mark_read': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'identity.customer_account.register': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.login': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.logout': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_password_reset.store': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_password_reset.update': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'identity.account.profile': { paramsTuple?: []; params?: {} }
    'identity.account.email': { paramsTuple?: []; params?: {} }
    'identity.account.password': { paramsTuple?: []; params?: {} }
    'tenancy.settings.update_profile': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.team.update_role': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'identity.roles.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'role': ParamValue} }
    'notifications.update_channels': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.customer_account.update': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
  }
  DELETE: {
    'identity.account.end_session': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.team.revoke': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'identity.team.remove': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'modules.settings.cancel_purge': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'key': ParamValue} }
    'dev.mailbox.clear': { paramsTuple?: []; params?: {} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}
/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  drive: {
    fs: {
      serve: typeof routes['drive.fs.serve']
    }
  }
  health: {
    live: typeof routes['health.live']
    ready: typeof routes['health.ready']
  }
  site: {
    landing: typeof routes['site.landing']
  }
  identity: {
    signup: {
      create: typeof routes['identity.signup.create']
      store: typeof routes['identity.signup.store']
    }
    session: {
      create: typeof routes['identity.session.create']
      store: typeof routes['identity.session.store']
      destroy: typeof routes['identity.session.destroy']
    }
    passwordReset: {
      create: typeof routes['identity.password_reset.create']
      store: typeof routes['identity.password_reset.store']
      edit: typeof routes['identity.password_reset.edit']
      update: typeof routes['identity.password_reset.update']
    }
    google: {
      redirect: typeof routes['identity.google.redirect']
      callback: typeof routes['identity.google.callback']
    }
    emailVerification: {
      verify: typeof routes['identity.email_verification.verify']
      resend: typeof routes['identity.email_verification.resend']
    }
    invitations: {
      show: typeof routes['identity.invitations.show']
      accept: typeof routes['identity.invitations.accept']
    }
    account: {
      show: typeof routes['identity.account.show']
      profile: typeof routes['identity.account.profile']
      email: typeof routes['identity.account.email']
      password: typeof routes['identity.account.password']
      endSession: typeof routes['identity.account.end_session']
      endOtherSessions: typeof routes['identity.account.end_other_sessions']
    }
    team: {
      index: typeof routes['identity.team.index']
      invite: typeof routes['identity.team.invite']
      resend: typeof routes['identity.team.resend']
      revoke: typeof routes['identity.team.revoke']
      updateRole: typeof routes['identity.team.update_role']
      remove: typeof routes['identity.team.remove']
    }
    roles: {
      index: typeof routes['identity.roles.index']
      update: typeof routes['identity.roles.update']
    }
    customerAccount: {
      show: typeof routes['identity.customer_account.show']
      update: typeof routes['identity.customer_account.update']
      showRegister: typeof routes['identity.customer_account.show_register']
      register: typeof routes['identity.customer_account.register']
      showLogin: typeof routes['identity.customer_account.show_login']
      login: typeof routes['identity.customer_account.login']
      logout: typeof routes['identity.customer_account.logout']
      verifyEmail: typeof routes['identity.customer_account.verify_email']
    }
    customerPasswordReset: {
      create: typeof routes['identity.customer_password_reset.create']
      store: typeof routes['identity.customer_password_reset.store']
      edit: typeof routes['identity.customer_password_reset.edit']
      update: typeof routes['identity.customer_password_reset.update']
    }
  }
  tenancy: {
    appHome: {
      show: typeof routes['tenancy.app_home.show']
    }
    onboarding: {
      create: typeof routes['tenancy.onboarding.create']
      store: typeof routes['tenancy.onboarding.store']
      slugAvailability: typeof routes['tenancy.onboarding.slug_availability']
    }
    dashboard: {
      show: typeof routes['tenancy.dashboard.show']
    }
    settings: {
      index: typeof routes['tenancy.settings.index']
      profile: typeof routes['tenancy.settings.profile']
      updateProfile: typeof routes['tenancy.settings.update_profile']
      branding: typeof routes['tenancy.settings.branding']
      updateBranding: typeof routes['tenancy.settings.update_branding']
    }
    shopHome: {
      show: typeof routes['tenancy.shop_home.show']
    }
  }
  audit: {
    security: {
      show: typeof routes['audit.security.show']
    }
    log: {
      index: typeof routes['audit.log.index']
    }
  }
  modules: {
    settings: {
      index: typeof routes['modules.settings.index']
      enable: typeof routes['modules.settings.enable']
      disable: typeof routes['modules.settings.disable']
      schedulePurge: typeof routes['modules.settings.schedule_purge']
      cancelPurge: typeof routes['modules.settings.cancel_purge']
    }
  }
  notifications: {
    index: typeof routes['notifications.index']
    summary: typeof routes['notifications.summary']
    markAllRead: typeof routes['notifications.mark_all_read']
    markRead: typeof routes['notifications.mark_read']
    updateChannels: typeof routes['notifications.update_channels']
  }
  dev: {
    mailbox: {
      index: typeof routes['dev.mailbox.index']
      clear: typeof routes['dev.mailbox.clear']
    }
  }
  eventStream: typeof routes['event_stream']
  subscribe: typeof routes['subscribe']
  unsubscribe: typeof routes['unsubscribe']
}

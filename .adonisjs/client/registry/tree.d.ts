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
  apiTokens: {
    settings: {
      index: typeof routes['api_tokens.settings.index']
      store: typeof routes['api_tokens.settings.store']
      destroy: typeof routes['api_tokens.settings.destroy']
    }
  }
  notifications: {
    index: typeof routes['notifications.index']
    summary: typeof routes['notifications.summary']
    markAllRead: typeof routes['notifications.mark_all_read']
    markRead: typeof routes['notifications.mark_read']
    updateChannels: typeof routes['notifications.update_channels']
  }
  billing: {
    page: {
      show: typeof routes['billing.page.show']
    }
    plan: {
      change: typeof routes['billing.plan.change']
    }
    portal: {
      open: typeof routes['billing.portal.open']
    }
    subscription: {
      cancel: typeof routes['billing.subscription.cancel']
      resume: typeof routes['billing.subscription.resume']
    }
    webhooks: {
      stripe: typeof routes['billing.webhooks.stripe']
    }
  }
  ops: {
    home: typeof routes['ops.home']
    tenants: {
      index: typeof routes['ops.tenants.index']
      show: typeof routes['ops.tenants.show']
      suspend: typeof routes['ops.tenants.suspend']
      unsuspend: typeof routes['ops.tenants.unsuspend']
    }
    impersonation: {
      start: typeof routes['ops.impersonation.start']
      end: typeof routes['ops.impersonation.end']
    }
    plans: {
      index: typeof routes['ops.plans.index']
      create: typeof routes['ops.plans.create']
      store: typeof routes['ops.plans.store']
      edit: typeof routes['ops.plans.edit']
      update: typeof routes['ops.plans.update']
      archive: typeof routes['ops.plans.archive']
      sync: typeof routes['ops.plans.sync']
    }
    figures: {
      show: typeof routes['ops.figures.show']
    }
    stripeEvents: {
      index: typeof routes['ops.stripe_events.index']
      show: typeof routes['ops.stripe_events.show']
      replay: typeof routes['ops.stripe_events.replay']
    }
    settings: {
      show: typeof routes['ops.settings.show']
      update: typeof routes['ops.settings.update']
    }
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
  chat: {
    inbox: {
      index: typeof routes['chat.inbox.index']
      show: typeof routes['chat.inbox.show']
      reply: typeof routes['chat.inbox.reply']
      note: typeof routes['chat.inbox.note']
      takeOver: typeof routes['chat.inbox.take_over']
      handBack: typeof routes['chat.inbox.hand_back']
      handOff: typeof routes['chat.inbox.hand_off']
      resolve: typeof routes['chat.inbox.resolve']
      reopen: typeof routes['chat.inbox.reopen']
      assign: typeof routes['chat.inbox.assign']
      tags: typeof routes['chat.inbox.tags']
      typing: typeof routes['chat.inbox.typing']
      read: typeof routes['chat.inbox.read']
    }
    canned: {
      index: typeof routes['chat.canned.index']
      store: typeof routes['chat.canned.store']
      update: typeof routes['chat.canned.update']
      destroy: typeof routes['chat.canned.destroy']
    }
    faqs: {
      index: typeof routes['chat.faqs.index']
      create: typeof routes['chat.faqs.create']
      store: typeof routes['chat.faqs.store']
      starter: typeof routes['chat.faqs.starter']
      edit: typeof routes['chat.faqs.edit']
      update: typeof routes['chat.faqs.update']
      toggle: typeof routes['chat.faqs.toggle']
      destroy: typeof routes['chat.faqs.destroy']
    }
    settings: {
      show: typeof routes['chat.settings.show']
      update: typeof routes['chat.settings.update']
      saveGeminiKey: typeof routes['chat.settings.save_gemini_key']
      removeGeminiKey: typeof routes['chat.settings.remove_gemini_key']
      updateWidget: typeof routes['chat.settings.update_widget']
      regenerateWidgetKey: typeof routes['chat.settings.regenerate_widget_key']
    }
    shop: {
      settings: typeof routes['chat.shop.settings']
      open: typeof routes['chat.shop.open']
      messages: typeof routes['chat.shop.messages']
      send: typeof routes['chat.shop.send']
      typing: typeof routes['chat.shop.typing']
      read: typeof routes['chat.shop.read']
      handoff: typeof routes['chat.shop.handoff']
      cart: typeof routes['chat.shop.cart']
    }
    widget: {
      script: typeof routes['chat.widget.script']
      settings: typeof routes['chat.widget.settings']
      open: typeof routes['chat.widget.open']
      messages: typeof routes['chat.widget.messages']
      send: typeof routes['chat.widget.send']
      typing: typeof routes['chat.widget.typing']
      read: typeof routes['chat.widget.read']
      handoff: typeof routes['chat.widget.handoff']
      cart: typeof routes['chat.widget.cart']
    }
  }
  storefront: {
    products: {
      index: typeof routes['storefront.products.index']
      create: typeof routes['storefront.products.create']
      store: typeof routes['storefront.products.store']
      export: typeof routes['storefront.products.export']
      bulk: typeof routes['storefront.products.bulk']
      edit: typeof routes['storefront.products.edit']
      update: typeof routes['storefront.products.update']
      destroy: typeof routes['storefront.products.destroy']
    }
    productImages: {
      store: typeof routes['storefront.product_images.store']
      reorder: typeof routes['storefront.product_images.reorder']
      update: typeof routes['storefront.product_images.update']
      destroy: typeof routes['storefront.product_images.destroy']
    }
    categories: {
      index: typeof routes['storefront.categories.index']
      store: typeof routes['storefront.categories.store']
      update: typeof routes['storefront.categories.update']
      destroy: typeof routes['storefront.categories.destroy']
    }
    attributes: {
      index: typeof routes['storefront.attributes.index']
      store: typeof routes['storefront.attributes.store']
      update: typeof routes['storefront.attributes.update']
      destroy: typeof routes['storefront.attributes.destroy']
    }
    imports: {
      index: typeof routes['storefront.imports.index']
      store: typeof routes['storefront.imports.store']
      show: typeof routes['storefront.imports.show']
    }
    orders: {
      index: typeof routes['storefront.orders.index']
      show: typeof routes['storefront.orders.show']
      invoice: typeof routes['storefront.orders.invoice']
      markPaid: typeof routes['storefront.orders.mark_paid']
      fulfil: typeof routes['storefront.orders.fulfil']
      deliver: typeof routes['storefront.orders.deliver']
      cancel: typeof routes['storefront.orders.cancel']
      refund: typeof routes['storefront.orders.refund']
      note: typeof routes['storefront.orders.note']
      confirmation: typeof routes['storefront.orders.confirmation']
      pay: typeof routes['storefront.orders.pay']
    }
    customers: {
      index: typeof routes['storefront.customers.index']
      show: typeof routes['storefront.customers.show']
      updateTags: typeof routes['storefront.customers.update_tags']
      export: typeof routes['storefront.customers.export']
      erase: typeof routes['storefront.customers.erase']
    }
    discounts: {
      index: typeof routes['storefront.discounts.index']
      store: typeof routes['storefront.discounts.store']
      update: typeof routes['storefront.discounts.update']
      destroy: typeof routes['storefront.discounts.destroy']
    }
    shipping: {
      index: typeof routes['storefront.shipping.index']
      storeZone: typeof routes['storefront.shipping.store_zone']
      updateZone: typeof routes['storefront.shipping.update_zone']
      destroyZone: typeof routes['storefront.shipping.destroy_zone']
      storeRate: typeof routes['storefront.shipping.store_rate']
      updateRate: typeof routes['storefront.shipping.update_rate']
      destroyRate: typeof routes['storefront.shipping.destroy_rate']
    }
    taxes: {
      index: typeof routes['storefront.taxes.index']
      store: typeof routes['storefront.taxes.store']
      updateSettings: typeof routes['storefront.taxes.update_settings']
      update: typeof routes['storefront.taxes.update']
      destroy: typeof routes['storefront.taxes.destroy']
    }
    settings: {
      show: typeof routes['storefront.settings.show']
      updateTheme: typeof routes['storefront.settings.update_theme']
      updateMenu: typeof routes['storefront.settings.update_menu']
      updatePage: typeof routes['storefront.settings.update_page']
      updateDomain: typeof routes['storefront.settings.update_domain']
      verifyDomain: typeof routes['storefront.settings.verify_domain']
      removeDomain: typeof routes['storefront.settings.remove_domain']
      updatePayments: typeof routes['storefront.settings.update_payments']
    }
    reviews: {
      index: typeof routes['storefront.reviews.index']
      approve: typeof routes['storefront.reviews.approve']
      reject: typeof routes['storefront.reviews.reject']
    }
    stripe: {
      connect: typeof routes['storefront.stripe.connect']
      return: typeof routes['storefront.stripe.return']
      refresh: typeof routes['storefront.stripe.refresh']
    }
    shop: {
      search: typeof routes['storefront.shop.search']
      category: typeof routes['storefront.shop.category']
      product: typeof routes['storefront.shop.product']
      page: typeof routes['storefront.shop.page']
      sitemap: typeof routes['storefront.shop.sitemap']
      robots: typeof routes['storefront.shop.robots']
    }
    shopReviews: {
      store: typeof routes['storefront.shop_reviews.store']
    }
    wishlist: {
      index: typeof routes['storefront.wishlist.index']
      store: typeof routes['storefront.wishlist.store']
      destroy: typeof routes['storefront.wishlist.destroy']
    }
    newsletter: {
      store: typeof routes['storefront.newsletter.store']
    }
    account: {
      orders: typeof routes['storefront.account.orders']
      order: typeof routes['storefront.account.order']
      addresses: typeof routes['storefront.account.addresses']
      storeAddress: typeof routes['storefront.account.store_address']
      updateAddress: typeof routes['storefront.account.update_address']
      destroyAddress: typeof routes['storefront.account.destroy_address']
      profile: typeof routes['storefront.account.profile']
      updateProfile: typeof routes['storefront.account.update_profile']
      privacy: typeof routes['storefront.account.privacy']
      download: typeof routes['storefront.account.download']
      erase: typeof routes['storefront.account.erase']
    }
    cart: {
      show: typeof routes['storefront.cart.show']
      add: typeof routes['storefront.cart.add']
      update: typeof routes['storefront.cart.update']
      remove: typeof routes['storefront.cart.remove']
      resume: typeof routes['storefront.cart.resume']
    }
    checkout: {
      show: typeof routes['storefront.checkout.show']
      update: typeof routes['storefront.checkout.update']
      place: typeof routes['storefront.checkout.place']
    }
    apiProducts: {
      index: typeof routes['storefront.api_products.index']
      show: typeof routes['storefront.api_products.show']
    }
    apiCategories: {
      index: typeof routes['storefront.api_categories.index']
    }
    apiCarts: {
      store: typeof routes['storefront.api_carts.store']
      show: typeof routes['storefront.api_carts.show']
    }
    apiCartItems: {
      store: typeof routes['storefront.api_cart_items.store']
      update: typeof routes['storefront.api_cart_items.update']
      destroy: typeof routes['storefront.api_cart_items.destroy']
    }
    apiCheckouts: {
      store: typeof routes['storefront.api_checkouts.store']
      show: typeof routes['storefront.api_checkouts.show']
      update: typeof routes['storefront.api_checkouts.update']
      placeOrder: typeof routes['storefront.api_checkouts.place_order']
    }
    apiOrders: {
      index: typeof routes['storefront.api_orders.index']
      show: typeof routes['storefront.api_orders.show']
    }
    apiOpenapi: {
      show: typeof routes['storefront.api_openapi.show']
    }
    payments: {
      webhook: typeof routes['storefront.payments.webhook']
    }
  }
}

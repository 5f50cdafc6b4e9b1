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
    'api_tokens.settings.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'api_tokens.settings.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'api_tokens.settings.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'notifications.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.summary': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.mark_all_read': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.mark_read': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'notifications.update_channels': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'billing.page.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'billing.plan.change': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'billing.portal.open': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'billing.subscription.cancel': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'billing.subscription.resume': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
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
    'ops.home': { paramsTuple?: []; params?: {} }
    'ops.tenants.index': { paramsTuple?: []; params?: {} }
    'ops.tenants.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.tenants.suspend': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.tenants.unsuspend': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.impersonation.start': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.plans.index': { paramsTuple?: []; params?: {} }
    'ops.plans.create': { paramsTuple?: []; params?: {} }
    'ops.plans.store': { paramsTuple?: []; params?: {} }
    'ops.plans.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.plans.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.plans.archive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.plans.sync': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.figures.show': { paramsTuple?: []; params?: {} }
    'ops.stripe_events.index': { paramsTuple?: []; params?: {} }
    'ops.stripe_events.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.stripe_events.replay': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.settings.show': { paramsTuple?: []; params?: {} }
    'ops.settings.update': { paramsTuple?: []; params?: {} }
    'ops.impersonation.end': { paramsTuple?: []; params?: {} }
    'billing.webhooks.stripe': { paramsTuple?: []; params?: {} }
    'dev.mailbox.index': { paramsTuple?: []; params?: {} }
    'dev.mailbox.clear': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'chat.inbox.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.inbox.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.reply': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.note': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.take_over': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.hand_back': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.hand_off': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.resolve': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.reopen': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.assign': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.tags': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.typing': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.read': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.canned.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.canned.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.canned.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.canned.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.faqs.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.create': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.starter': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.faqs.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.faqs.toggle': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.faqs.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.settings.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.settings.update': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.settings.save_gemini_key': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.settings.remove_gemini_key': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.settings.update_widget': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.settings.regenerate_widget_key': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.shop.settings': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.open': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.messages': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.send': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.typing': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.read': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.handoff': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.cart': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.widget.script': { paramsTuple?: []; params?: {} }
    'chat.widget.settings': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.open': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.messages': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.send': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.typing': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.read': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.handoff': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.cart': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'storefront.products.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.create': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.export': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.bulk': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.products.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.products.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.product_images.store': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.product_images.reorder': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.product_images.update': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue,'imageId': ParamValue} }
    'storefront.product_images.destroy': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue,'imageId': ParamValue} }
    'storefront.categories.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.categories.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.categories.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.categories.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.attributes.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.attributes.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.attributes.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.attributes.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.imports.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.imports.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.imports.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.orders.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.invoice': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.mark_paid': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.fulfil': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.deliver': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.cancel': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.refund': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.note': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.customers.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.customers.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.customers.update_tags': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.customers.export': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.customers.erase': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.discounts.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.discounts.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.discounts.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.discounts.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.shipping.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.shipping.store_zone': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.shipping.update_zone': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.shipping.destroy_zone': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.shipping.store_rate': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.shipping.update_rate': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.shipping.destroy_rate': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.taxes.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.taxes.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.taxes.update_settings': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.taxes.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.taxes.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.settings.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.update_theme': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.update_menu': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.update_page': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.settings.update_domain': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.verify_domain': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.remove_domain': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.update_payments': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.reviews.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.reviews.approve': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.reviews.reject': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.stripe.connect': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.stripe.return': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.stripe.refresh': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.shop.search': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.shop.category': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.shop.product': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.shop_reviews.store': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.shop.page': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.shop.sitemap': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.shop.robots': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.wishlist.index': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.wishlist.store': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.wishlist.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'productId': ParamValue} }
    'storefront.newsletter.store': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.orders': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.order': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'number': ParamValue} }
    'storefront.account.addresses': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.store_address': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.update_address': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'storefront.account.destroy_address': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'storefront.account.profile': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.update_profile': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.privacy': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.download': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.erase': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.cart.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.cart.add': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.cart.update': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'variantId': ParamValue} }
    'storefront.cart.remove': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'variantId': ParamValue} }
    'storefront.cart.resume': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'cart': ParamValue} }
    'storefront.checkout.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.checkout.update': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.checkout.place': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.orders.confirmation': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'storefront.orders.pay': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'storefront.api_products.index': { paramsTuple?: []; params?: {} }
    'storefront.api_products.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_categories.index': { paramsTuple?: []; params?: {} }
    'storefront.api_carts.store': { paramsTuple?: []; params?: {} }
    'storefront.api_carts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_cart_items.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_cart_items.update': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'variantId': ParamValue} }
    'storefront.api_cart_items.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'variantId': ParamValue} }
    'storefront.api_checkouts.store': { paramsTuple?: []; params?: {} }
    'storefront.api_checkouts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_checkouts.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_checkouts.place_order': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_orders.index': { paramsTuple?: []; params?: {} }
    'storefront.api_orders.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_openapi.show': { paramsTuple?: []; params?: {} }
    'storefront.payments.webhook': { paramsTuple?: []; params?: {} }
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
    'api_tokens.settings.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.summary': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'billing.page.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.shop_home.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show_register': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show_login': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.verify_email': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'identity.customer_password_reset.create': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_password_reset.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'ops.home': { paramsTuple?: []; params?: {} }
    'ops.tenants.index': { paramsTuple?: []; params?: {} }
    'ops.tenants.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.plans.index': { paramsTuple?: []; params?: {} }
    'ops.plans.create': { paramsTuple?: []; params?: {} }
    'ops.plans.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.figures.show': { paramsTuple?: []; params?: {} }
    'ops.stripe_events.index': { paramsTuple?: []; params?: {} }
    'ops.stripe_events.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.settings.show': { paramsTuple?: []; params?: {} }
    'dev.mailbox.index': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'chat.inbox.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.inbox.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.canned.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.create': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.settings.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.shop.settings': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.messages': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.widget.script': { paramsTuple?: []; params?: {} }
    'chat.widget.settings': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.messages': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'storefront.products.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.create': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.export': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.categories.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.attributes.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.imports.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.imports.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.orders.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.invoice': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.customers.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.customers.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.customers.export': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.discounts.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.shipping.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.taxes.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.reviews.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.stripe.connect': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.stripe.return': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.stripe.refresh': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.shop.search': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.shop.category': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.shop.product': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.shop.page': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.shop.sitemap': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.shop.robots': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.wishlist.index': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.orders': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.order': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'number': ParamValue} }
    'storefront.account.addresses': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.profile': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.privacy': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.download': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.cart.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.cart.resume': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'cart': ParamValue} }
    'storefront.checkout.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.orders.confirmation': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'storefront.api_products.index': { paramsTuple?: []; params?: {} }
    'storefront.api_products.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_categories.index': { paramsTuple?: []; params?: {} }
    'storefront.api_carts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_checkouts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_orders.index': { paramsTuple?: []; params?: {} }
    'storefront.api_orders.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_openapi.show': { paramsTuple?: []; params?: {} }
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
    'api_tokens.settings.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.summary': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'billing.page.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'tenancy.shop_home.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show_register': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.show_login': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.verify_email': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'identity.customer_password_reset.create': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_password_reset.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'ops.home': { paramsTuple?: []; params?: {} }
    'ops.tenants.index': { paramsTuple?: []; params?: {} }
    'ops.tenants.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.plans.index': { paramsTuple?: []; params?: {} }
    'ops.plans.create': { paramsTuple?: []; params?: {} }
    'ops.plans.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.figures.show': { paramsTuple?: []; params?: {} }
    'ops.stripe_events.index': { paramsTuple?: []; params?: {} }
    'ops.stripe_events.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.settings.show': { paramsTuple?: []; params?: {} }
    'dev.mailbox.index': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'chat.inbox.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.inbox.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.canned.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.create': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.settings.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.shop.settings': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.messages': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.widget.script': { paramsTuple?: []; params?: {} }
    'chat.widget.settings': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.messages': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'storefront.products.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.create': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.export': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.categories.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.attributes.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.imports.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.imports.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.orders.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.invoice': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.customers.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.customers.show': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.customers.export': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.discounts.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.shipping.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.taxes.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.show': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.reviews.index': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.stripe.connect': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.stripe.return': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.stripe.refresh': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.shop.search': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.shop.category': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.shop.product': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.shop.page': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.shop.sitemap': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.shop.robots': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.wishlist.index': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.orders': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.order': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'number': ParamValue} }
    'storefront.account.addresses': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.profile': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.privacy': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.download': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.cart.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.cart.resume': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'cart': ParamValue} }
    'storefront.checkout.show': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.orders.confirmation': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'storefront.api_products.index': { paramsTuple?: []; params?: {} }
    'storefront.api_products.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_categories.index': { paramsTuple?: []; params?: {} }
    'storefront.api_carts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_checkouts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_orders.index': { paramsTuple?: []; params?: {} }
    'storefront.api_orders.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_openapi.show': { paramsTuple?: []; params?: {} }
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
    'api_tokens.settings.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.mark_all_read': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'notifications.mark_read': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'billing.plan.change': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'billing.portal.open': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'billing.subscription.cancel': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'billing.subscription.resume': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'identity.customer_account.register': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.login': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_account.logout': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_password_reset.store': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'identity.customer_password_reset.update': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'ops.tenants.suspend': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.tenants.unsuspend': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.impersonation.start': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.plans.store': { paramsTuple?: []; params?: {} }
    'ops.plans.archive': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.plans.sync': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.stripe_events.replay': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.impersonation.end': { paramsTuple?: []; params?: {} }
    'billing.webhooks.stripe': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'chat.inbox.reply': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.note': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.take_over': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.hand_back': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.hand_off': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.resolve': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.reopen': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.assign': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.tags': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.typing': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.inbox.read': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.canned.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.faqs.starter': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.settings.regenerate_widget_key': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.shop.open': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.send': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.typing': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.read': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.handoff': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.shop.cart': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'chat.widget.open': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.send': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.typing': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.read': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.handoff': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'chat.widget.cart': { paramsTuple: [ParamValue]; params: {'key': ParamValue} }
    'storefront.products.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.bulk': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.product_images.store': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.categories.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.attributes.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.imports.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.orders.mark_paid': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.fulfil': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.deliver': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.cancel': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.refund': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.orders.note': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.customers.erase': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.discounts.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.shipping.store_zone': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.shipping.store_rate': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.taxes.store': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.verify_domain': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.reviews.approve': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.reviews.reject': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.shop_reviews.store': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'slug': ParamValue} }
    'storefront.wishlist.store': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.newsletter.store': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.account.store_address': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.cart.add': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.checkout.place': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.orders.pay': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'storefront.api_carts.store': { paramsTuple?: []; params?: {} }
    'storefront.api_cart_items.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.api_checkouts.store': { paramsTuple?: []; params?: {} }
    'storefront.api_checkouts.place_order': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'storefront.payments.webhook': { paramsTuple?: []; params?: {} }
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
    'ops.plans.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ops.settings.update': { paramsTuple?: []; params?: {} }
    'chat.canned.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.faqs.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.faqs.toggle': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.settings.update': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.settings.save_gemini_key': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'chat.settings.update_widget': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.product_images.reorder': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.product_images.update': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue,'imageId': ParamValue} }
    'storefront.categories.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.attributes.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.customers.update_tags': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.discounts.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.shipping.update_zone': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.shipping.update_rate': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.taxes.update_settings': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.taxes.update': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.settings.update_theme': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.update_menu': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.update_page': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.settings.update_domain': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.settings.update_payments': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.account.update_address': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'storefront.account.update_profile': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.cart.update': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'variantId': ParamValue} }
    'storefront.checkout.update': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
  }
  DELETE: {
    'identity.account.end_session': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'identity.team.revoke': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'identity.team.remove': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'modules.settings.cancel_purge': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'key': ParamValue} }
    'api_tokens.settings.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'dev.mailbox.clear': { paramsTuple?: []; params?: {} }
    'chat.canned.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.faqs.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'chat.settings.remove_gemini_key': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.products.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.product_images.destroy': { paramsTuple: [ParamValue,ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue,'imageId': ParamValue} }
    'storefront.categories.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.attributes.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.discounts.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.shipping.destroy_zone': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.shipping.destroy_rate': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.taxes.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'workspace': ParamValue,'id': ParamValue} }
    'storefront.settings.remove_domain': { paramsTuple: [ParamValue]; params: {'workspace': ParamValue} }
    'storefront.wishlist.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'productId': ParamValue} }
    'storefront.account.destroy_address': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'id': ParamValue} }
    'storefront.account.erase': { paramsTuple: [ParamValue]; params: {'storefront': ParamValue} }
    'storefront.cart.remove': { paramsTuple: [ParamValue,ParamValue]; params: {'storefront': ParamValue,'variantId': ParamValue} }
    'storefront.api_cart_items.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'variantId': ParamValue} }
  }
  PATCH: {
    'storefront.api_cart_items.update': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'variantId': ParamValue} }
    'storefront.api_checkouts.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}
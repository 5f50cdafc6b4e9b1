import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const SignupController = () => import('#kernel/identity/controllers/signup_controller')
const SessionController = () => import('#kernel/identity/controllers/session_controller')
const PasswordResetController = () =>
  import('#kernel/identity/controllers/password_reset_controller')
const EmailVerificationController = () =>
  import('#kernel/identity/controllers/email_verification_controller')
const GoogleAuthController = () => import('#kernel/identity/controllers/google_auth_controller')
const AccountController = () => import('#kernel/identity/controllers/account_controller')
const InvitationsController = () => import('#kernel/identity/controllers/invitations_controller')
const CustomerAccountController = () =>
  import('#kernel/identity/controllers/customer_account_controller')

/**
 * Staff accounts: sign-up, sign-in, password reset, email confirmation,
 * the account page and invitation links.
 */
export function registerIdentityRoutes() {
  router
    .group(() => {
      router.get('/signup', [SignupController, 'create']).as('identity.signup.create')
      router.post('/signup', [SignupController, 'store']).as('identity.signup.store')
      router.get('/login', [SessionController, 'create']).as('identity.session.create')
      router.post('/login', [SessionController, 'store']).as('identity.session.store')
      router
        .get('/forgot-password', [PasswordResetController, 'create'])
        .as('identity.password_reset.create')
      router
        .post('/forgot-password', [PasswordResetController, 'store'])
        .as('identity.password_reset.store')
      router
        .get('/auth/google/redirect', [GoogleAuthController, 'redirect'])
        .as('identity.google.redirect')
      router
        .get('/auth/google/callback', [GoogleAuthController, 'callback'])
        .as('identity.google.callback')
    })
    .use(middleware.guest())

  router
    .get('/reset-password/:id', [PasswordResetController, 'edit'])
    .where('id', router.matchers.uuid())
    .as('identity.password_reset.edit')
  router
    .post('/reset-password/:id', [PasswordResetController, 'update'])
    .where('id', router.matchers.uuid())
    .as('identity.password_reset.update')
  router
    .get('/verify-email/:id', [EmailVerificationController, 'verify'])
    .where('id', router.matchers.uuid())
    .as('identity.email_verification.verify')

  router
    .get('/invitations/:tenant/:id', [InvitationsController, 'show'])
    .as('identity.invitations.show')
  router
    .post('/invitations/:tenant/:id', [InvitationsController, 'accept'])
    .as('identity.invitations.accept')

  router
    .group(() => {
      router.post('/logout', [SessionController, 'destroy']).as('identity.session.destroy')
      router
        .post('/email/verification', [EmailVerificationController, 'resend'])
        .as('identity.email_verification.resend')
      router.get('/account', [AccountController, 'show']).as('identity.account.show')
      router
        .put('/account/profile', [AccountController, 'updateProfile'])
        .as('identity.account.profile')
      router.put('/account/email', [AccountController, 'changeEmail']).as('identity.account.email')
      router
        .put('/account/password', [AccountController, 'changePassword'])
        .as('identity.account.password')
      router
        .delete('/account/sessions/:id', [AccountController, 'endSession'])
        .where('id', router.matchers.uuid())
        .as('identity.account.end_session')
      router
        .post('/account/sessions/end-others', [AccountController, 'endOtherSessions'])
        .as('identity.account.end_other_sessions')
    })
    .use(middleware.auth())
}

/**
 * Customer accounts, on a workspace's storefront.
 */
export function registerCustomerAccountRoutes() {
  router
    .group(() => {
      router
        .get('/account', [CustomerAccountController, 'show'])
        .as('identity.customer_account.show')
      router
        .put('/account', [CustomerAccountController, 'update'])
        .as('identity.customer_account.update')
      router
        .get('/account/register', [CustomerAccountController, 'showRegister'])
        .as('identity.customer_account.show_register')
      router
        .post('/account/register', [CustomerAccountController, 'register'])
        .as('identity.customer_account.register')
      router
        .get('/account/login', [CustomerAccountController, 'showLogin'])
        .as('identity.customer_account.show_login')
      router
        .post('/account/login', [CustomerAccountController, 'login'])
        .as('identity.customer_account.login')
      router
        .post('/account/logout', [CustomerAccountController, 'logout'])
        .as('identity.customer_account.logout')
      router
        .get('/account/verify-email/:id', [CustomerAccountController, 'verifyEmail'])
        .where('id', router.matchers.uuid())
        .as('identity.customer_account.verify_email')
      router
        .get('/account/forgot-password', [CustomerAccountController, 'showForgotPassword'])
        .as('identity.customer_password_reset.create')
      router
        .post('/account/forgot-password', [CustomerAccountController, 'sendResetLink'])
        .as('identity.customer_password_reset.store')
      router
        .get('/account/reset-password/:id', [CustomerAccountController, 'showResetPassword'])
        .where('id', router.matchers.uuid())
        .as('identity.customer_password_reset.edit')
      router
        .post('/account/reset-password/:id', [CustomerAccountController, 'resetPassword'])
        .where('id', router.matchers.uuid())
        .as('identity.customer_password_reset.update')
    })
    .prefix('/s/:storefront')
    .use(middleware.storefront())
}

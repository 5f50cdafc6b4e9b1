import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import { errors as authErrors } from '@adonisjs/auth'
import Customer from '#kernel/identity/models/customer'
import CustomerPasswordReset from '#kernel/identity/models/customer_password_reset'
import {
  CustomerResetPasswordMail,
  CustomerVerifyEmailMail,
} from '#kernel/identity/mails/customer_mails'
import {
  forgotPasswordValidator,
  loginValidator,
  profileValidator,
  resetPasswordValidator,
  signupValidator,
} from '#kernel/identity/validators/auth'
import { rateLimits } from '#kernel/identity/rate_limits'
import { fieldError } from '#kernel/validation/field_error'
import { shopShell } from '#kernel/tenancy/shop_shell'
import { customerSignIn } from '#kernel/contracts/customer_sign_in'

/**
 * Customer accounts on a workspace's storefront (tenant scope: every query
 * here sees this workspace's customers only).
 */
export default class CustomerAccountController {
  private base(ctx: HttpContext) {
    return ctx.storefrontBasePath ?? ''
  }

  private shop(ctx: HttpContext) {
    return shopShell(ctx)
  }

  async showRegister(ctx: HttpContext) {
    if (ctx.customer) {
      return ctx.response.redirect(`${this.base(ctx)}/account`)
    }
    return ctx.inertia.render('shop/account/register', { shop: await this.shop(ctx) })
  }

  async register(ctx: HttpContext) {
    const { request, response, session, auth } = ctx
    const payload = await request.validateUsing(signupValidator)
    if (await Customer.findBy('email', payload.email)) {
      throw fieldError('email', 'You already have an account with this email. Sign in instead.')
    }
    await rateLimits.signup().consume(`customer-signup:${ctx.tenant!.id}:${request.ip()}`)
    const customer = await Customer.create({
      name: payload.name,
      email: payload.email,
      password: payload.password,
    })
    await auth.use('customer').login(customer)
    await customerSignIn.signedIn(ctx, customer.id)
    await mail.sendLater(new CustomerVerifyEmailMail(customer, ctx.tenant!))
    session.flash('success', 'Your account is ready. We sent you a link to confirm your email.')
    return response.redirect(`${this.base(ctx)}/account`)
  }

  async showLogin(ctx: HttpContext) {
    if (ctx.customer) {
      return ctx.response.redirect(`${this.base(ctx)}/account`)
    }
    return ctx.inertia.render('shop/account/login', { shop: await this.shop(ctx) })
  }

  async login(ctx: HttpContext) {
    const { request, response, auth } = ctx
    const { email, password } = await request.validateUsing(loginValidator)
    let customer: Customer | null = null
    try {
      const [throttled, verified] = await rateLimits
        .login()
        .penalize(`customer-login:${ctx.tenant!.id}:${email}:${request.ip()}`, () =>
          Customer.verifyCredentials(email, password)
        )
      if (throttled) {
        throw throttled
      }
      customer = verified
    } catch (error) {
      if (!(error instanceof authErrors.E_INVALID_CREDENTIALS)) throw error
    }
    if (!customer || customer.erasedAt) {
      throw fieldError('email', 'The email or password is not right.')
    }
    await auth.use('customer').login(customer)
    await customerSignIn.signedIn(ctx, customer.id)
    return response.redirect(`${this.base(ctx)}/account`)
  }

  async logout(ctx: HttpContext) {
    await ctx.auth.use('customer').logout()
    ctx.session.flash('success', 'You are signed out.')
    return ctx.response.redirect(`${this.base(ctx)}/account/login`)
  }

  async show(ctx: HttpContext) {
    if (!ctx.customer) {
      return ctx.response.redirect(`${this.base(ctx)}/account/login`)
    }
    return ctx.inertia.render('shop/account/show', {
      shop: await this.shop(ctx),
      customer: {
        name: ctx.customer.name,
        email: ctx.customer.email,
        verified: ctx.customer.emailVerifiedAt !== null,
      },
    })
  }

  async update(ctx: HttpContext) {
    if (!ctx.customer) {
      return ctx.response.redirect(`${this.base(ctx)}/account/login`)
    }
    const { name } = await ctx.request.validateUsing(profileValidator)
    ctx.customer.name = name
    await ctx.customer.save()
    ctx.session.flash('success', 'Your details are saved.')
    return ctx.response.redirect().back()
  }

  async verifyEmail(ctx: HttpContext) {
    const { request, params, session, response } = ctx
    const customer = request.hasValidSignature() ? await Customer.find(params.id) : null
    if (!customer || customer.email !== request.qs().email) {
      session.flash('error', 'This confirmation link is invalid or has expired.')
    } else {
      customer.emailVerifiedAt ??= DateTime.now()
      await customer.save()
      session.flash('success', 'Thank you, your email address is confirmed.')
    }
    return response.redirect(`${this.base(ctx)}/account`)
  }

  async showForgotPassword(ctx: HttpContext) {
    return ctx.inertia.render('shop/account/forgot_password', { shop: await this.shop(ctx) })
  }

  async sendResetLink(ctx: HttpContext) {
    const { request, response, session } = ctx
    const { email } = await request.validateUsing(forgotPasswordValidator)
    await rateLimits
      .passwordReset()
      .consume(`customer-reset:${ctx.tenant!.id}:${request.ip()}:${email}`)
    const customer = await Customer.findBy('email', email)
    if (customer && !customer.erasedAt) {
      const reset = await CustomerPasswordReset.create({
        customerId: customer.id,
        expiresAt: DateTime.now().plus({ hours: 1 }),
      })
      await mail.sendLater(new CustomerResetPasswordMail(customer, reset, ctx.tenant!))
    }
    session.flash(
      'success',
      `If you have an account with ${email}, we sent you a link to choose a new password.`
    )
    return response.redirect().back()
  }

  private async usableReset(ctx: HttpContext) {
    if (!ctx.request.hasValidSignature()) {
      return null
    }
    const reset = await CustomerPasswordReset.find(ctx.params.id)
    return reset && !reset.usedAt && reset.expiresAt > DateTime.now() ? reset : null
  }

  async showResetPassword(ctx: HttpContext) {
    return ctx.inertia.render('shop/account/reset_password', {
      shop: await this.shop(ctx),
      valid: Boolean(await this.usableReset(ctx)),
      action: ctx.request.url(true),
    })
  }

  async resetPassword(ctx: HttpContext) {
    const reset = await this.usableReset(ctx)
    if (!reset) {
      ctx.session.flash(
        'error',
        'This reset link has expired or was already used. Ask for a new one.'
      )
      return ctx.response.redirect(`${this.base(ctx)}/account/forgot-password`)
    }
    const { password } = await ctx.request.validateUsing(resetPasswordValidator)
    const customer = await Customer.findOrFail(reset.customerId)
    customer.password = password
    await customer.save()
    reset.usedAt = DateTime.now()
    await reset.save()
    ctx.session.flash('success', 'Your password has been changed. Sign in with the new one.')
    return ctx.response.redirect(`${this.base(ctx)}/account/login`)
  }
}

import { appUrl } from '#config/app'
import { BrandedMail } from '#kernel/mail/branded_mail'
import type Tenant from '#kernel/tenancy/models/tenant'

export function billingPageUrl(tenant: Tenant) {
  return `${appUrl}/app/${tenant.slug}/settings/billing`
}

/** To an owner: the workspace's subscription payment failed. */
export class PaymentFailedMail extends BrandedMail {
  protected template = 'billing_payment_failed'

  constructor(
    private tenant: Tenant,
    private email: string,
    private details: { amount: string; restrictedOn: string }
  ) {
    super()
    this.subject = `Payment failed for ${tenant.name} on Wrencos`
  }

  protected recipient() {
    return this.email
  }

  protected data() {
    return {
      workspaceName: this.tenant.name,
      amount: this.details.amount,
      restrictedOn: this.details.restrictedOn,
      billingUrl: billingPageUrl(this.tenant),
    }
  }
}

/** To an owner: the free trial ends in a few days. */
export class TrialEndingMail extends BrandedMail {
  protected template = 'billing_trial_ending'

  constructor(
    private tenant: Tenant,
    private email: string,
    private details: { daysLeft: number; planName: string; endsOn: string }
  ) {
    super()
    this.subject =
      details.daysLeft === 1
        ? `Your ${tenant.name} trial ends tomorrow`
        : `Your ${tenant.name} trial ends in ${details.daysLeft} days`
  }

  protected recipient() {
    return this.email
  }

  protected data() {
    return {
      workspaceName: this.tenant.name,
      planName: this.details.planName,
      endsOn: this.details.endsOn,
      daysLabel: this.details.daysLeft === 1 ? 'tomorrow' : `in ${this.details.daysLeft} days`,
      billingUrl: billingPageUrl(this.tenant),
    }
  }
}

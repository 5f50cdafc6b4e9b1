import type { PaymentMethod } from '#modules/storefront/models/checkout'

const LABELS: Record<PaymentMethod, string> = {
  stripe: 'Card (Stripe)',
  bank_transfer: 'Bank transfer',
  cash_on_delivery: 'Cash on delivery',
}

export function paymentMethodLabel(method: PaymentMethod) {
  return LABELS[method]
}

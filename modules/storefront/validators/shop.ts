import vine, { SimpleMessagesProvider } from '@vinejs/vine'

/** A review a customer writes on a product page (photos are checked apart). */
export const reviewValidator = vine.create({
  rating: vine.number().withoutDecimals().min(1).max(5),
  title: vine.string().trim().maxLength(120).optional(),
  body: vine.string().trim().minLength(10).maxLength(5000),
})

export const wishlistValidator = vine.create({
  productId: vine.string().uuid(),
})

export const newsletterValidator = vine.create({
  email: vine.string().trim().toLowerCase().email().maxLength(254),
  consent: vine.accepted(),
})

export const addressValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  line1: vine.string().trim().minLength(1).maxLength(200),
  line2: vine.string().trim().maxLength(200).optional(),
  city: vine.string().trim().minLength(1).maxLength(120),
  region: vine.string().trim().maxLength(120).optional(),
  postalCode: vine.string().trim().minLength(1).maxLength(20),
  country: vine
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/),
  phone: vine.string().trim().maxLength(40).optional(),
  isDefault: vine.boolean().optional(),
})

export const profileValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  phone: vine.string().trim().maxLength(40).optional(),
  marketingConsent: vine.boolean().optional(),
})

export const eraseAccountValidator = vine.create({
  confirmation: vine.string().trim().in(['DELETE']),
})

export const moderationValidator = vine.create({
  status: vine.enum(['pending', 'approved', 'rejected']).optional(),
})

/** Messages naming what the shopper has to do on these forms. */
export const shopMessages = new SimpleMessagesProvider({
  'rating.required': 'Choose a rating from 1 to 5 stars.',
  'rating.number': 'Choose a rating from 1 to 5 stars.',
  'rating.min': 'Choose a rating from 1 to 5 stars.',
  'rating.max': 'Choose a rating from 1 to 5 stars.',
  'body.required': 'Write a few words about the product.',
  'body.minLength': 'Write at least 10 characters.',
  'body.maxLength': 'Keep the review under 5,000 characters.',
  'consent.required': 'Tick the box to agree to receive the newsletter.',
  'consent.accepted': 'Tick the box to agree to receive the newsletter.',
  'email.required': 'Enter your email address.',
  'email.email': 'Enter a valid email address.',
  'country.regex': 'Enter the two-letter country code, like GB or FR.',
  'confirmation.in': 'Type DELETE to confirm.',
  'confirmation.required': 'Type DELETE to confirm.',
  'productId.uuid': 'This product does not exist.',
})

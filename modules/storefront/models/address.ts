/** A postal address as checkouts and orders store it. */
export interface PostalAddress {
  name: string
  line1: string
  line2?: string | null
  city: string
  region?: string | null
  postalCode: string
  /** ISO 3166-1 alpha-2 */
  country: string
  phone?: string | null
}

/**
 * The content pages a new shop starts with; the owner rewrites them in
 * Shop settings → Pages.
 */
export function defaultPages(shopName: string) {
  return [
    {
      slug: 'about',
      title: 'About us',
      bodyHtml: `<p>${shopName} is an independent shop. Tell your customers who you are and what you care about.</p>`,
    },
    {
      slug: 'contact',
      title: 'Contact',
      bodyHtml: `<p>Questions about an order or a product? Write to us and we will answer within one working day.</p>`,
    },
    {
      slug: 'shipping-and-returns',
      title: 'Shipping and returns',
      bodyHtml: `<p>Orders ship within two working days. Unopened products can be returned within 30 days for a full refund.</p>`,
    },
    {
      slug: 'privacy',
      title: 'Privacy',
      bodyHtml: `<p>We use your details only to process your orders and, if you agree, to send our newsletter. You can download or delete your data from your account at any time.</p>`,
    },
    {
      slug: 'terms',
      title: 'Terms of sale',
      bodyHtml: `<p>Prices include the taxes shown at checkout. A contract is formed when we confirm your order by email.</p>`,
    },
  ]
}

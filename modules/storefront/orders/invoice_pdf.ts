import PDFDocument from 'pdfkit'
import type Tenant from '#kernel/tenancy/models/tenant'
import type { OrderDetails } from '#modules/storefront/orders/order_details'
import { formatMoney } from '#kernel/money/money'

const MARGIN = 50
const WIDTH = 595.28 - MARGIN * 2

/**
 * The printable invoice of an order, as a PDF (A4). Built from data
 * already loaded, so it can be streamed after the request's transaction.
 */
export function renderInvoicePdf(order: OrderDetails, tenant: Tenant): Promise<Buffer> {
  // The PDF's standard fonts have no narrow no-break space (French formats use it).
  const money = (minor: number) =>
    formatMoney(minor, order.currency, tenant.locale).replace(/[\u202f\u00a0]/g, ' ')
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Invoice ${order.number}`, Author: tenant.name },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  doc.fillColor(tenant.brandColor).font('Helvetica-Bold').fontSize(20).text(tenant.name)
  doc.fillColor('#212529').font('Helvetica').fontSize(10)
  doc.moveDown(0.5).text(`Invoice for order #${order.number}`)
  doc.text(`Date: ${new Date(order.placedAt).toLocaleDateString(tenant.locale)}`)
  doc.text(
    `Payment: ${order.paymentStatus.replace('_', ' ')} (${order.paymentMethod.replaceAll('_', ' ')})`
  )

  const address = order.shippingAddress
  doc.moveDown().font('Helvetica-Bold').text('Billed and shipped to')
  doc.font('Helvetica')
  for (const line of [
    address.name,
    address.line1,
    address.line2,
    `${address.postalCode} ${address.city}`,
    address.region,
    address.country,
    order.email,
  ]) {
    if (line) doc.text(line)
  }

  doc.moveDown(1.5)
  const columns = { item: MARGIN, qty: MARGIN + 300, unit: MARGIN + 350, total: MARGIN + 420 }
  const header = doc.y
  doc.font('Helvetica-Bold')
  doc.text('Item', columns.item, header, { width: 290 })
  doc.text('Qty', columns.qty, header, { width: 40, align: 'right' })
  doc.text('Unit', columns.unit, header, { width: 65, align: 'right' })
  doc.text('Total', columns.total, header, { width: WIDTH - 420, align: 'right' })
  doc
    .moveTo(MARGIN, doc.y + 4)
    .lineTo(MARGIN + WIDTH, doc.y + 4)
    .strokeColor('#ced4da')
    .stroke()
  doc.font('Helvetica')
  doc.y += 10
  for (const item of order.items) {
    const top = doc.y
    const name = [item.name, item.variantTitle, item.sku ? `SKU ${item.sku}` : null]
      .filter(Boolean)
      .join(' · ')
    doc.text(name, columns.item, top, { width: 290 })
    const bottom = doc.y
    doc.text(String(item.quantity), columns.qty, top, { width: 40, align: 'right' })
    doc.text(money(item.unitPriceMinor), columns.unit, top, { width: 65, align: 'right' })
    doc.text(money(item.totalMinor), columns.total, top, { width: WIDTH - 420, align: 'right' })
    doc.y = Math.max(bottom, doc.y) + 6
  }

  doc.moveDown()
  const totals: [string, number][] = [
    ['Subtotal', order.subtotalMinor],
    ...(order.discountMinor > 0
      ? ([
          [`Discount${order.discountCode ? ` (${order.discountCode})` : ''}`, -order.discountMinor],
        ] as [string, number][])
      : []),
    [`Shipping${order.shippingMethod ? ` (${order.shippingMethod})` : ''}`, order.shippingMinor],
    [order.pricesIncludeTax ? 'Tax included' : 'Tax', order.taxMinor],
  ]
  for (const [label, amount] of totals) {
    const top = doc.y
    doc.text(label, columns.item + 250, top, { width: 160 })
    doc.text(money(amount), columns.total, top, { width: WIDTH - 420, align: 'right' })
  }
  const top = doc.y + 4
  doc.font('Helvetica-Bold').text('Total', columns.item + 250, top, { width: 160 })
  doc.text(money(order.totalMinor), columns.total, top, { width: WIDTH - 420, align: 'right' })
  if (order.refundedMinor > 0) {
    const refundTop = doc.y
    doc.font('Helvetica').text('Refunded', columns.item + 250, refundTop, { width: 160 })
    doc.text(money(-order.refundedMinor), columns.total, refundTop, {
      width: WIDTH - 420,
      align: 'right',
    })
  }

  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor('#868e96')
    .text(`Thank you for shopping with ${tenant.name}.`, MARGIN, 780, {
      width: WIDTH,
      align: 'center',
    })
  doc.end()
  return done
}

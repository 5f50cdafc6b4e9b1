import Product from '#modules/storefront/models/product'

/** Products in the current workspace's catalog, whatever their status (the plan's product limit). */
export async function countProducts() {
  const row = await Product.query().count('* as total').first()
  return Number(row?.$extras.total ?? 0)
}

import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import Attribute from '#modules/storefront/models/attribute'
import Category from '#modules/storefront/models/category'
import type Product from '#modules/storefront/models/product'
import ProductOption from '#modules/storefront/models/product_option'
import Variant from '#modules/storefront/models/variant'
import { fromMinor } from '#kernel/money/money'

/**
 * The CSV columns of the catalog, the same for export and import.
 * Attribute values go in `attribute:<key>` columns; several values (tags,
 * multi-select attributes) are separated by "|".
 */
export const PRODUCT_COLUMNS = [
  'name',
  'slug',
  'status',
  'category',
  'price',
  'compare_at_price',
  'sku',
  'barcode',
  'weight_grams',
  'stock',
  'track_inventory',
  'low_stock_threshold',
  'tags',
  'seo_title',
  'seo_description',
  'description_html',
] as const

export const ATTRIBUTE_PREFIX = 'attribute:'
export const LIST_SEPARATOR = '|'
export const MAX_IMPORT_ROWS = 5000

export class CsvFileError extends Error {}

/**
 * Spreadsheets run a cell starting with one of these as a formula; an
 * exported cell gets a leading apostrophe, which the import takes off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/

function neutralizeFormula(cell: string) {
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

function restoreFormulaText(cell: string) {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell
}

/** One CSV document of these products. */
export async function productsCsv(products: Product[]) {
  const attributes = await Attribute.query().orderBy('position')
  const categories = await Category.all()
  const categorySlug = new Map(categories.map((category) => [category.id, category.slug]))
  const ids = products.map((product) => product.id)
  const variants = ids.length ? await Variant.query().whereIn('product_id', ids) : []
  const options = ids.length ? await ProductOption.query().whereIn('product_id', ids) : []
  const optioned = new Set(options.map((option) => option.productId))
  const header = [
    ...PRODUCT_COLUMNS,
    ...attributes.map((attribute) => `${ATTRIBUTE_PREFIX}${attribute.key}`),
  ]
  const rows = products.map((product) => {
    const own = variants.filter((variant) => variant.productId === product.id)
    const single = optioned.has(product.id) ? undefined : own[0]
    const amount = (minor: number | null | undefined) =>
      minor === null || minor === undefined ? '' : String(fromMinor(minor, product.currency))
    const values: Record<(typeof PRODUCT_COLUMNS)[number], string> = {
      name: product.name,
      slug: product.slug,
      status: product.status,
      category: product.categoryId ? (categorySlug.get(product.categoryId) ?? '') : '',
      price: amount(single?.priceMinor ?? product.priceMinor),
      compare_at_price: amount(single ? single.compareAtMinor : product.compareAtMinor),
      sku: single?.sku ?? product.sku ?? '',
      barcode: product.barcode ?? '',
      weight_grams: product.weightGrams === null ? '' : String(product.weightGrams),
      stock: String(own.reduce((total, variant) => total + variant.stockOnHand, 0)),
      track_inventory: product.trackInventory ? 'yes' : 'no',
      low_stock_threshold: String(product.lowStockThreshold),
      tags: product.tags.join(LIST_SEPARATOR),
      seo_title: product.seoTitle ?? '',
      seo_description: product.seoDescription ?? '',
      description_html: product.descriptionHtml,
    }
    return [
      ...PRODUCT_COLUMNS.map((column) => values[column]),
      ...attributes.map((attribute) => {
        const value = product.attributes[attribute.key]
        return Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value ?? '')
      }),
    ]
  })
  return stringify([header, ...rows.map((row) => row.map(neutralizeFormula))])
}

/**
 * The data rows of an uploaded CSV, by column name. The header must name
 * known columns and include `name`.
 */
export function parseProductsCsv(content: Buffer | string): Record<string, string>[] {
  let records: string[][]
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: false })
  } catch (error) {
    throw new CsvFileError(
      `The file is not a readable CSV (${error instanceof Error ? error.message : 'unknown error'}).`
    )
  }
  if (records.length === 0) {
    throw new CsvFileError('The file is empty.')
  }
  const header = records[0].map((column) => column.trim().toLowerCase())
  const known = new Set<string>(PRODUCT_COLUMNS)
  const unknown = header.filter(
    (column) => !known.has(column) && !column.startsWith(ATTRIBUTE_PREFIX)
  )
  if (unknown.length > 0) {
    throw new CsvFileError(
      `Unknown column(s): ${unknown.join(', ')}. Use the columns of an export: ${PRODUCT_COLUMNS.join(', ')}, and attribute:<key>.`
    )
  }
  if (!header.includes('name')) {
    throw new CsvFileError('The first line must name the columns, including "name".')
  }
  const rows = records.slice(1)
  if (rows.length === 0) {
    throw new CsvFileError('The file has a header but no products.')
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new CsvFileError(`Import at most ${MAX_IMPORT_ROWS} products at a time.`)
  }
  return rows.map((row) =>
    Object.fromEntries(header.map((column, index) => [column, restoreFormulaText(row[index])]))
  )
}

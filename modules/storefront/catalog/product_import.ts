import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import { errors } from '@vinejs/vine'
import { DateTime } from 'luxon'
import Tenant from '#kernel/tenancy/models/tenant'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import { UsageLimitReached } from '#kernel/billing/usage/usage_limit_reached'
import { withTenant } from '#kernel/tenancy/with_tenant'
import Category from '#modules/storefront/models/category'
import Product from '#modules/storefront/models/product'
import ProductOption from '#modules/storefront/models/product_option'
import Variant from '#modules/storefront/models/variant'
import { productValidator } from '#modules/storefront/validators/catalog'
import CatalogImport, { type ImportRowError } from '#modules/storefront/catalog/catalog_import'
import {
  checkProduct,
  saveProduct,
  type ProductInput,
} from '#modules/storefront/catalog/product_editor'
import { ATTRIBUTE_PREFIX, LIST_SEPARATOR } from '#modules/storefront/catalog/product_csv'
import { fromMinor } from '#kernel/money/money'

const CHUNK = 50

/** Form field → the CSV column people see it in. */
const COLUMN_OF: Record<string, string> = {
  description: 'description_html',
  category_id: 'category',
}

class RowProblems extends Error {
  constructor(public problems: { field: string | null; message: string }[]) {
    super(problems[0]?.message)
  }
}

function columnOf(field: string) {
  const [first, ...rest] = field.split('.')
  if (first === 'attributes' && rest.length > 0) {
    return `${ATTRIBUTE_PREFIX}${rest[0]}`
  }
  if (first === 'tags') {
    return 'tags'
  }
  if (first === 'variants' || first === 'options') {
    return null
  }
  return COLUMN_OF[first] ?? first
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  yes: true,
  true: true,
  1: true,
  no: false,
  false: false,
  0: false,
}

const blank = (value: string | undefined) => value === undefined || value.trim() === ''
const list = (value: string) =>
  value
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean)

/**
 * The form input a CSV row stands for. Columns left out of the file keep
 * the product's current values (or the defaults of a new product); a
 * product with options keeps its variants (their prices and stock are
 * edited in the form).
 */
async function inputFromRow(row: Record<string, string>, existing: Product | null) {
  const problems: { field: string | null; message: string }[] = []
  const text = (column: string, current: string | null | undefined) =>
    row[column] === undefined ? (current ?? null) : row[column].trim() || null

  let categoryId = existing?.categoryId ?? null
  if (row.category !== undefined) {
    categoryId = null
    if (!blank(row.category)) {
      const category = await Category.findBy('slug', row.category.trim().toLowerCase())
      if (category) {
        categoryId = category.id
      } else {
        problems.push({
          field: 'category',
          message: `There is no category with the web address "${row.category.trim()}".`,
        })
      }
    }
  }

  let trackInventory = existing?.trackInventory ?? true
  if (!blank(row.track_inventory)) {
    const word = row.track_inventory.trim().toLowerCase()
    if (word in BOOLEAN_WORDS) {
      trackInventory = BOOLEAN_WORDS[word]
    } else {
      problems.push({ field: 'track_inventory', message: 'Track inventory must be yes or no.' })
    }
  }

  const attributes: Record<string, string | string[]> = { ...(existing?.attributes ?? {}) }
  for (const [column, value] of Object.entries(row)) {
    if (column.startsWith(ATTRIBUTE_PREFIX)) {
      const key = column.slice(ATTRIBUTE_PREFIX.length)
      attributes[key] = value.includes(LIST_SEPARATOR) ? list(value) : value.trim()
    }
  }

  const options = existing
    ? await ProductOption.query().where('product_id', existing.id).orderBy('position')
    : []
  const variants =
    existing && options.length > 0
      ? await Variant.query().where('product_id', existing.id).orderBy('position')
      : []
  const single =
    existing && options.length === 0
      ? await Variant.query().where('product_id', existing.id).first()
      : null
  const amount = (minor: number | null | undefined) =>
    minor === null || minor === undefined || !existing ? null : fromMinor(minor, existing.currency)

  const payload = {
    name: text('name', existing?.name),
    slug: text('slug', existing?.slug),
    status: text('status', existing?.status ?? 'draft'),
    category_id: categoryId,
    price: row.price === undefined ? amount(single?.priceMinor ?? existing?.priceMinor) : row.price,
    compare_at_price:
      row.compare_at_price === undefined
        ? amount(single?.compareAtMinor)
        : text('compare_at_price', null),
    sku: text('sku', single?.sku ?? existing?.sku),
    barcode: text('barcode', existing?.barcode),
    weight_grams: text('weight_grams', existing?.weightGrams?.toString()),
    stock: text('stock', single?.stockOnHand.toString() ?? '0'),
    track_inventory: trackInventory,
    low_stock_threshold: text('low_stock_threshold', String(existing?.lowStockThreshold ?? 5)),
    tags: row.tags === undefined ? (existing?.tags ?? []) : list(row.tags),
    seo_title: text('seo_title', existing?.seoTitle),
    seo_description: text('seo_description', existing?.seoDescription),
    description: row.description_html ?? existing?.descriptionHtml ?? '',
    attributes,
    options: options.map((option) => ({ name: option.name, values: option.values })),
    variants: variants.map((variant) => ({
      id: variant.id,
      option_values: variant.optionValues,
      price: fromMinor(variant.priceMinor, existing!.currency),
      compare_at_price: amount(variant.compareAtMinor),
      sku: variant.sku,
      stock: variant.stockOnHand,
    })),
  }

  let input: ProductInput | null = null
  try {
    input = await productValidator.validate(payload, { meta: { exceptId: existing?.id ?? null } })
  } catch (error) {
    if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
    for (const message of error.messages as { field: string; message: string }[]) {
      problems.push({ field: message.field, message: message.message })
    }
  }
  return { input, problems }
}

/**
 * Checks one row without writing anything; with `save`, creates or
 * updates its product (matched by slug).
 */
async function handleRow(row: Record<string, string>, currency: string, save: boolean) {
  const slug = row.slug?.trim().toLowerCase()
  const existing = slug ? await Product.findBy('slug', slug) : null
  const { input, problems } = await inputFromRow(row, existing)
  if (input) {
    try {
      if (save && problems.length === 0) {
        await saveProduct(existing, input, currency)
      } else {
        await checkProduct(existing, input, currency)
      }
    } catch (error) {
      if (error instanceof UsageLimitReached) {
        problems.push({ field: '', message: error.message })
      } else if (error instanceof errors.E_VALIDATION_ERROR) {
        problems.push(...(error.messages as { field: string; message: string }[]))
      } else {
        throw error
      }
    }
  }
  if (problems.length > 0) {
    throw new RowProblems(problems)
  }
}

/**
 * The plan's product limit, checked once for every product an
 * all-or-nothing import would create (rows whose slug is not in the
 * catalog yet); null when they fit.
 */
async function productLimitRefusal(rows: Record<string, string>[], indexes: number[]) {
  const slugs = indexes.map((index) => rows[index].slug?.trim().toLowerCase()).filter(Boolean)
  const found = slugs.length > 0 ? await Product.query().whereIn('slug', slugs).select('slug') : []
  const known = new Set(found.map((product) => product.slug))
  const creates = indexes.filter((index) => {
    const slug = rows[index].slug?.trim().toLowerCase()
    return !slug || !known.has(slug)
  }).length
  try {
    const meter = await app.container.make(UsageMeter)
    await meter.ensureAllowed('products', creates)
    return null
  } catch (error) {
    if (error instanceof UsageLimitReached) return error.message
    throw error
  }
}

function rowErrorsOf(line: number, error: unknown): ImportRowError[] {
  if (!(error instanceof RowProblems)) {
    throw error
  }
  return error.problems.map((problem) => ({
    row: line,
    field: problem.field ? columnOf(problem.field) : null,
    message: problem.message,
  }))
}

async function update(tenantId: string, importId: string, changes: Record<string, unknown>) {
  await withTenant(tenantId, async () => {
    const record = await CatalogImport.findOrFail(importId)
    record.merge(changes)
    await record.save()
  })
}

/**
 * Runs a catalog import (see CatalogImport): every row is checked first,
 * in chunks whose progress is saved as it goes; then, unless it is a dry
 * run, rows are imported — all in one transaction ("abort": nothing when
 * any row is bad), or the good ones chunk by chunk ("skip").
 */
export async function runCatalogImport(tenantId: string, importId: string) {
  const record = await withTenant(tenantId, () => CatalogImport.find(importId))
  if (!record || record.finished) {
    return
  }
  const tenant = await withTenant(tenantId, () => Tenant.findOrFail(tenantId))
  const rows = record.rows
  const lineOf = (index: number) => index + 2
  let imported = 0
  try {
    await update(tenantId, importId, { status: 'checking', processedRows: 0, rowErrors: [] })
    const problems: ImportRowError[] = []
    const slugLines = new Map<string, number>()
    for (let start = 0; start < rows.length; start += CHUNK) {
      const end = Math.min(rows.length, start + CHUNK)
      await withTenant(tenantId, async () => {
        for (let index = start; index < end; index++) {
          const slug = rows[index].slug?.trim().toLowerCase()
          if (slug && slugLines.has(slug)) {
            problems.push({
              row: lineOf(index),
              field: 'slug',
              message: `The web address ${slug} is already used on line ${slugLines.get(slug)}.`,
            })
            continue
          }
          if (slug) {
            slugLines.set(slug, lineOf(index))
          }
          try {
            await handleRow(rows[index], tenant.currency, false)
          } catch (error) {
            problems.push(...rowErrorsOf(lineOf(index), error))
          }
        }
        const current = await CatalogImport.findOrFail(importId)
        current.merge({ processedRows: end, rowErrors: problems })
        await current.save()
      })
    }

    const badLines = new Set(problems.map((problem) => problem.row))
    const finished = { finishedAt: DateTime.now() }
    if (record.mode === 'dry_run') {
      await update(tenantId, importId, {
        ...finished,
        status: 'completed',
        message:
          badLines.size === 0
            ? `All ${rows.length} rows are valid. Nothing was imported (dry run).`
            : `${badLines.size} of ${rows.length} rows have problems. Nothing was imported (dry run).`,
      })
      return
    }
    if (record.mode === 'abort' && badLines.size > 0) {
      await update(tenantId, importId, {
        ...finished,
        status: 'failed',
        message: `Nothing was imported: ${badLines.size} of ${rows.length} rows have problems. Fix them and import again.`,
      })
      return
    }

    const good = rows.map((_, index) => index).filter((index) => !badLines.has(lineOf(index)))
    if (record.mode === 'abort') {
      const refusal = await withTenant(tenantId, () => productLimitRefusal(rows, good))
      if (refusal) {
        await update(tenantId, importId, {
          ...finished,
          status: 'failed',
          message: `Nothing was imported: ${refusal}`,
        })
        return
      }
    }
    await update(tenantId, importId, { status: 'importing' })
    const chunks =
      record.mode === 'abort'
        ? [good]
        : Array.from({ length: Math.ceil(good.length / CHUNK) }, (_, chunk) =>
            good.slice(chunk * CHUNK, (chunk + 1) * CHUNK)
          )
    for (const chunk of chunks) {
      await withTenant(tenantId, async () => {
        for (const index of chunk) {
          if (record.mode === 'abort') {
            await handleRow(rows[index], tenant.currency, true)
          } else {
            try {
              await db.transaction(() => handleRow(rows[index], tenant.currency, true))
            } catch (error) {
              problems.push(...rowErrorsOf(lineOf(index), error))
              continue
            }
          }
          imported++
        }
        const current = await CatalogImport.findOrFail(importId)
        current.merge({ importedRows: imported, rowErrors: problems })
        await current.save()
      })
    }
    const skipped = rows.length - imported
    await update(tenantId, importId, {
      ...finished,
      status: 'completed',
      message:
        skipped === 0
          ? `Imported all ${imported} rows.`
          : `Imported ${imported} rows; skipped ${skipped} with problems.`,
    })
  } catch (error) {
    logger.error({ err: error, importId }, 'catalog import failed')
    await update(tenantId, importId, {
      status: 'failed',
      finishedAt: DateTime.now(),
      message:
        record.mode === 'abort'
          ? 'The import stopped on an unexpected error; nothing was imported.'
          : `The import stopped on an unexpected error after ${imported} rows.`,
    })
  }
}

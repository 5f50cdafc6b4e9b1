import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import Category from '#modules/storefront/models/category'
import { CATALOG_SLUG, slugTaken } from '#modules/storefront/catalog/slugs'
import { IMPORT_MODES } from '#modules/storefront/catalog/catalog_import'

const STATUSES = ['draft', 'active', 'archived'] as const
const MAX_AMOUNT = 1_000_000

/**
 * Messages for the catalog forms: each names the field the way the form
 * labels it.
 */
const catalogMessages = new SimpleMessagesProvider(
  {
    'required': '{{ field }} is required.',
    'string': '{{ field }} must be text.',
    'minLength': '{{ field }} must be at least {{ min }} characters long.',
    'maxLength': '{{ field }} must be at most {{ max }} characters long.',
    'regex': '{{ field }} may only contain lower-case letters, digits and dashes.',
    'enum': 'Choose one of the listed options for {{ field }}.',
    'in': 'Choose one of the listed options for {{ field }}.',
    'uuid': '{{ field }} is not a valid choice.',
    'number': '{{ field }} must be a number.',
    'min': '{{ field }} must be at least {{ min }}.',
    'max': '{{ field }} must be at most {{ max }}.',
    'decimal': '{{ field }} can have at most 2 decimals.',
    'withoutDecimals': '{{ field }} must be a whole number.',
    'boolean': '{{ field }} must be yes or no.',
    'array': '{{ field }} must be a list.',
    'array.minLength': 'Add at least {{ min }} to {{ field }}.',
    'array.maxLength': '{{ field }} can have at most {{ max }} entries.',
    'distinct': '{{ field }} contains the same value twice.',
    'file': 'Choose a file for {{ field }}.',
    'file.size': 'The file must be smaller than {{ size }}.',
    'file.extname': 'The file must be one of: {{ extnames }}.',
  },
  {
    'name': 'Name',
    'slug': 'Web address',
    'description': 'Description',
    'parent_id': 'Parent category',
    'category_id': 'Category',
    'status': 'Status',
    'price': 'Price',
    'compare_at_price': 'Compare-at price',
    'sku': 'SKU',
    'barcode': 'Barcode',
    'weight_grams': 'Weight',
    'seo_title': 'SEO title',
    'seo_description': 'SEO description',
    'tags': 'Tags',
    'tags.*': 'A tag',
    'track_inventory': 'Track inventory',
    'low_stock_threshold': 'Low-stock threshold',
    'stock': 'Stock',
    'options': 'Options',
    'options.*.name': 'Option name',
    'options.*.values': 'Option values',
    'variants.*.price': 'Variant price',
    'variants.*.compare_at_price': 'Variant compare-at price',
    'variants.*.sku': 'Variant SKU',
    'variants.*.stock': 'Variant stock',
    'label': 'Label',
    'kind': 'Type',
    'filterable': 'Storefront filter',
    'ids': 'Selected products',
    'action': 'Action',
    'price_mode': 'Price change',
    'price_value': 'Amount',
    'file': 'CSV file',
    'mode': 'Import mode',
    'images': 'Images',
    'alt': 'Alt text',
  }
)

function uniqueSlugRule(table: 'storefront_products' | 'storefront_categories', what: string) {
  return vine.createRule(async (value: unknown, _options: undefined, field) => {
    if (typeof value !== 'string' || !field.isValid) {
      return
    }
    if (await slugTaken(table, value, field.meta?.exceptId)) {
      field.report(
        `This web address is already used by another ${what}. Choose another one.`,
        'slug.taken',
        field
      )
    }
  })
}
const freeProductSlug = uniqueSlugRule('storefront_products', 'product')
const freeCategorySlug = uniqueSlugRule('storefront_categories', 'category')

/** An existing category of this workspace. */
const existingCategory = vine.createRule(async (value: unknown, _options: undefined, field) => {
  if (typeof value !== 'string' || !field.isValid) {
    return
  }
  if (!(await Category.find(value))) {
    field.report('This category does not exist.', 'category.missing', field)
  }
})

/**
 * A decimal amount as people type it ("12.5"), converted to minor units
 * by the controller.
 */
const amount = () => vine.number().min(0).max(MAX_AMOUNT).decimal([0, 2])
const optionalText = (max: number) => vine.string().trim().maxLength(max).nullable().optional()

export const categoryValidator = vine.withMetaData<{ exceptId: string | null }>().create({
  name: vine.string().trim().minLength(1).maxLength(120),
  slug: vine
    .string()
    .trim()
    .toLowerCase()
    .maxLength(140)
    .regex(CATALOG_SLUG)
    .use(freeCategorySlug())
    .nullable()
    .optional(),
  parent_id: vine.string().uuid().use(existingCategory()).nullable().optional(),
  description: optionalText(2000),
  seo_title: optionalText(160),
  seo_description: optionalText(320),
})
categoryValidator.messagesProvider = catalogMessages

const variantFields = vine.object({
  id: vine.string().uuid().nullable().optional(),
  option_values: vine.array(vine.string().trim().minLength(1).maxLength(60)).maxLength(3),
  price: amount(),
  compare_at_price: amount().nullable().optional(),
  sku: optionalText(80),
  stock: vine.number().withoutDecimals().min(0).max(1_000_000),
})

export const productValidator = vine.withMetaData<{ exceptId: string | null }>().create({
  name: vine.string().trim().minLength(1).maxLength(200),
  slug: vine
    .string()
    .trim()
    .toLowerCase()
    .maxLength(220)
    .regex(CATALOG_SLUG)
    .use(freeProductSlug())
    .nullable()
    .optional(),
  description: vine.string().maxLength(100_000).nullable().optional(),
  status: vine.enum(STATUSES),
  category_id: vine.string().uuid().use(existingCategory()).nullable().optional(),
  price: amount(),
  compare_at_price: amount().nullable().optional(),
  sku: optionalText(80),
  barcode: optionalText(80),
  weight_grams: vine.number().withoutDecimals().min(0).max(1_000_000).nullable().optional(),
  seo_title: optionalText(160),
  seo_description: optionalText(320),
  tags: vine.array(vine.string().trim().minLength(1).maxLength(40)).maxLength(30).optional(),
  attributes: vine
    .record(vine.unionOfTypes([vine.string().maxLength(2000), vine.array(vine.string())]))
    .optional(),
  track_inventory: vine.boolean(),
  low_stock_threshold: vine.number().withoutDecimals().min(0).max(100_000),
  stock: vine.number().withoutDecimals().min(0).max(1_000_000).nullable().optional(),
  options: vine
    .array(
      vine.object({
        name: vine.string().trim().minLength(1).maxLength(60),
        values: vine
          .array(vine.string().trim().minLength(1).maxLength(60))
          .minLength(1)
          .maxLength(50)
          .distinct(),
      })
    )
    .maxLength(3)
    .optional(),
  variants: vine.array(variantFields).maxLength(250).optional(),
})
productValidator.messagesProvider = catalogMessages

export const productFiltersValidator = vine.create({
  q: vine.string().trim().maxLength(200).optional(),
  status: vine.enum(STATUSES).optional(),
  category: vine.string().uuid().optional(),
  page: vine.number().withoutDecimals().min(1).max(100_000).optional(),
})

export const ATTRIBUTE_KINDS = ['text', 'select', 'multi_select'] as const

export const attributeValidator = vine.create({
  label: vine.string().trim().minLength(1).maxLength(80),
  kind: vine.enum(ATTRIBUTE_KINDS),
  options: vine
    .array(vine.string().trim().minLength(1).maxLength(60))
    .maxLength(100)
    .distinct()
    .optional(),
  filterable: vine.boolean().optional(),
})
attributeValidator.messagesProvider = catalogMessages

export const bulkProductsValidator = vine.create({
  ids: vine.array(vine.string().uuid()).minLength(1).maxLength(500).distinct(),
  action: vine.enum(['status', 'price'] as const),
  status: vine.enum(STATUSES).optional().requiredWhen('action', '=', 'status'),
  price_mode: vine
    .enum(['percent', 'fixed'] as const)
    .optional()
    .requiredWhen('action', '=', 'price'),
  price_value: vine
    .number()
    .min(-MAX_AMOUNT)
    .max(MAX_AMOUNT)
    .decimal([0, 2])
    .optional()
    .requiredWhen('action', '=', 'price'),
})
bulkProductsValidator.messagesProvider = catalogMessages

export const catalogImportValidator = vine.create({
  file: vine.file({ size: '5mb', extnames: ['csv', 'txt'] }),
  mode: vine.enum(IMPORT_MODES),
})
catalogImportValidator.messagesProvider = catalogMessages

export const productImagesValidator = vine.create({
  images: vine
    .array(vine.file({ size: '8mb', extnames: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }))
    .minLength(1)
    .maxLength(10),
})
productImagesValidator.messagesProvider = catalogMessages

export const imageAltValidator = vine.create({
  alt: vine.string().trim().maxLength(200).nullable().optional(),
})
imageAltValidator.messagesProvider = catalogMessages

export const imageOrderValidator = vine.create({
  ids: vine.array(vine.string().uuid()).minLength(1).maxLength(100).distinct(),
})
imageOrderValidator.messagesProvider = catalogMessages

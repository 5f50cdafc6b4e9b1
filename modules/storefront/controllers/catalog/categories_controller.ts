import type { HttpContext } from '@adonisjs/core/http'
import { ActionRefused } from '#kernel/exceptions/action_refused'
import { fieldError } from '#kernel/validation/field_error'
import Category from '#modules/storefront/models/category'
import Product from '#modules/storefront/models/product'
import { categoryValidator } from '#modules/storefront/validators/catalog'
import { categoryTree, descendantIds } from '#modules/storefront/catalog/category_tree'
import { freeSlug } from '#modules/storefront/catalog/slugs'

type CategoryInput = Awaited<ReturnType<typeof categoryValidator.validate>>

async function checkParent(category: Category | null, parentId: string | null | undefined) {
  if (!category || !parentId) {
    return
  }
  if (parentId === category.id) {
    throw fieldError('parent_id', 'A category cannot be inside itself.')
  }
  const below = await descendantIds(category.id)
  if (below.includes(parentId)) {
    throw fieldError('parent_id', 'A category cannot be inside one of its own subcategories.')
  }
}

async function fill(category: Category, input: CategoryInput) {
  category.merge({
    name: input.name,
    slug: input.slug || (await freeSlug('storefront_categories', input.name, category.id)),
    parentId: input.parent_id ?? null,
    description: input.description ?? null,
    seoTitle: input.seo_title ?? null,
    seoDescription: input.seo_description ?? null,
  })
  await category.save()
}

export default class CategoriesController {
  async index({ bouncer, inertia, member }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.view')
    return inertia.render('storefront/catalog/categories/index', {
      tree: await categoryTree(),
      canManage: member!.can('storefront.catalog.manage'),
    })
  }

  async store({ bouncer, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const input = await request.validateUsing(categoryValidator, { meta: { exceptId: null } })
    const category = new Category()
    await fill(category, input)
    session.flash('success', `Category “${category.name}” created.`)
    return response.redirect().back()
  }

  async update({ bouncer, request, params, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const category = await Category.findOrFail(params.id)
    const input = await request.validateUsing(categoryValidator, {
      meta: { exceptId: category.id },
    })
    await checkParent(category, input.parent_id)
    await fill(category, input)
    session.flash('success', `Category “${category.name}” saved.`)
    return response.redirect().back()
  }

  /**
   * A category with subcategories is refused (move or delete them first);
   * its products stay, without a category.
   */
  async destroy({ bouncer, params, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const category = await Category.findOrFail(params.id)
    const child = await Category.query().where('parent_id', category.id).first()
    if (child) {
      throw new ActionRefused(
        `“${category.name}” has subcategories. Move or delete them before deleting it.`
      )
    }
    const products = await Product.query().where('category_id', category.id).count('* as total')
    const moved = Number(products[0].$extras.total)
    await category.delete()
    session.flash(
      'success',
      moved > 0
        ? `Category “${category.name}” deleted; its ${moved} product(s) now have no category.`
        : `Category “${category.name}” deleted.`
    )
    return response.redirect().back()
  }
}

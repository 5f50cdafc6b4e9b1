import { defineRoutes } from '#kernel/modules/define_routes'

const ProductsController = () =>
  import('#modules/storefront/controllers/catalog/products_controller')
const ProductBulkController = () =>
  import('#modules/storefront/controllers/catalog/product_bulk_controller')
const ProductImagesController = () =>
  import('#modules/storefront/controllers/catalog/product_images_controller')
const CategoriesController = () =>
  import('#modules/storefront/controllers/catalog/categories_controller')
const AttributesController = () =>
  import('#modules/storefront/controllers/catalog/attributes_controller')
const CatalogImportsController = () =>
  import('#modules/storefront/controllers/catalog/catalog_imports_controller')

/**
 * The back office's catalog: products (with bulk edits, CSV export and
 * import, images), categories and the attribute set.
 */
export default defineRoutes({
  backOffice(router) {
    const uuid = router.matchers.uuid()

    router.get('/products', [ProductsController, 'index']).as('storefront.products.index')
    router.get('/products/new', [ProductsController, 'create']).as('storefront.products.create')
    router.post('/products', [ProductsController, 'store']).as('storefront.products.store')
    router
      .get('/products/export.csv', [ProductBulkController, 'export'])
      .as('storefront.products.export')
    router.post('/products/bulk', [ProductBulkController, 'update']).as('storefront.products.bulk')
    router
      .get('/products/:id/edit', [ProductsController, 'edit'])
      .where('id', uuid)
      .as('storefront.products.edit')
    router
      .put('/products/:id', [ProductsController, 'update'])
      .where('id', uuid)
      .as('storefront.products.update')
    router
      .delete('/products/:id', [ProductsController, 'destroy'])
      .where('id', uuid)
      .as('storefront.products.destroy')

    router
      .post('/products/:id/images', [ProductImagesController, 'store'])
      .where('id', uuid)
      .as('storefront.product_images.store')
    router
      .put('/products/:id/images/order', [ProductImagesController, 'reorder'])
      .where('id', uuid)
      .as('storefront.product_images.reorder')
    router
      .put('/products/:id/images/:imageId', [ProductImagesController, 'update'])
      .where('id', uuid)
      .where('imageId', uuid)
      .as('storefront.product_images.update')
    router
      .delete('/products/:id/images/:imageId', [ProductImagesController, 'destroy'])
      .where('id', uuid)
      .where('imageId', uuid)
      .as('storefront.product_images.destroy')

    router.get('/categories', [CategoriesController, 'index']).as('storefront.categories.index')
    router.post('/categories', [CategoriesController, 'store']).as('storefront.categories.store')
    router
      .put('/categories/:id', [CategoriesController, 'update'])
      .where('id', uuid)
      .as('storefront.categories.update')
    router
      .delete('/categories/:id', [CategoriesController, 'destroy'])
      .where('id', uuid)
      .as('storefront.categories.destroy')

    router.get('/attributes', [AttributesController, 'index']).as('storefront.attributes.index')
    router.post('/attributes', [AttributesController, 'store']).as('storefront.attributes.store')
    router
      .put('/attributes/:id', [AttributesController, 'update'])
      .where('id', uuid)
      .as('storefront.attributes.update')
    router
      .delete('/attributes/:id', [AttributesController, 'destroy'])
      .where('id', uuid)
      .as('storefront.attributes.destroy')

    router
      .get('/product-imports', [CatalogImportsController, 'index'])
      .as('storefront.imports.index')
    router
      .post('/product-imports', [CatalogImportsController, 'store'])
      .as('storefront.imports.store')
    router
      .get('/product-imports/:id', [CatalogImportsController, 'show'])
      .where('id', uuid)
      .as('storefront.imports.show')
  },
})

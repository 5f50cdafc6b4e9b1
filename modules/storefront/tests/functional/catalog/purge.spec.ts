import drive from '@adonisjs/drive/services/main'
import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import onPurge from '#modules/storefront/hooks/on_purge'
import Product from '#modules/storefront/models/product'
import CatalogImport from '#modules/storefront/catalog/catalog_import'
import { storefrontFilesPrefix } from '#modules/storefront/catalog/storage_paths'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeCatalogShop } from '#modules/storefront/tests/support/catalog_factories'

test.group('Catalog: purge', () => {
  test("purging the storefront removes the catalog's imports, products and files", async ({
    assert,
  }) => {
    const { tenant } = await makeCatalogShop()
    const other = await makeCatalogShop()
    await makeProduct(tenant)
    const key = `${storefrontFilesPrefix(tenant.id)}/products/photo.webp`
    const kept = `${storefrontFilesPrefix(other.tenant.id)}/products/photo.webp`
    await drive.use().put(key, 'image')
    await drive.use().put(kept, 'image')
    await withTenant(tenant.id, () =>
      CatalogImport.create({ fileName: 'a.csv', mode: 'skip', rows: [], rowErrors: [] })
    )

    await withTenant(tenant.id, () =>
      onPurge({ tenantId: tenant.id, moduleKey: 'storefront', actorUserId: null })
    )
    await withTenant(tenant.id, async () => {
      assert.lengthOf(await CatalogImport.all(), 0)
      assert.lengthOf(await Product.all(), 0)
    })
    assert.isFalse(await drive.use().exists(key))
    assert.isTrue(await drive.use().exists(kept), "another workspace's files stay")
  })
})

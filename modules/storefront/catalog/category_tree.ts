import db from '@adonisjs/lucid/services/db'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Category from '#modules/storefront/models/category'

export interface CategoryNode {
  id: string
  name: string
  slug: string
  parentId: string | null
  description: string | null
  seoTitle: string | null
  seoDescription: string | null
  productCount: number
  depth: number
  children: CategoryNode[]
}

/** The workspace's categories as a tree, siblings by position then name. */
export async function categoryTree(): Promise<CategoryNode[]> {
  const categories = await Category.query().orderBy('position').orderBy('name')
  const counts: { category_id: string; count: string }[] = await db
    .from('storefront_products')
    .where('tenant_id', requireTenantId())
    .whereNotNull('category_id')
    .groupBy('category_id')
    .select('category_id')
    .count('* as count')
  const countOf = new Map(counts.map((row) => [row.category_id, Number(row.count)]))
  const nodes = new Map<string, CategoryNode>(
    categories.map((category) => [
      category.id,
      {
        id: category.id,
        name: category.name,
        slug: category.slug,
        parentId: category.parentId,
        description: category.description,
        seoTitle: category.seoTitle,
        seoDescription: category.seoDescription,
        productCount: countOf.get(category.id) ?? 0,
        depth: 0,
        children: [],
      },
    ])
  )
  const roots: CategoryNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined
    if (parent) {
      parent.children.push(node)
    } else {
      roots.push(node)
    }
  }
  const setDepth = (list: CategoryNode[], depth: number) => {
    for (const node of list) {
      node.depth = depth
      setDepth(node.children, depth + 1)
    }
  }
  setDepth(roots, 0)
  return roots
}

/** The tree in display order, each node with its depth (for selects and indented lists). */
export function flattenTree(roots: CategoryNode[]): Omit<CategoryNode, 'children'>[] {
  return roots.flatMap(({ children, ...node }) => [node, ...flattenTree(children)])
}

/** Ids of the category's descendants (children, their children…). */
export async function descendantIds(categoryId: string) {
  const result = await db.rawQuery<{ rows: { id: string }[] }>(
    `with recursive below as (
       select id from storefront_categories where tenant_id = ? and parent_id = ?
       union
       select c.id from storefront_categories c join below b on c.parent_id = b.id
        where c.tenant_id = ?
     ) select id from below`,
    [requireTenantId(), categoryId, requireTenantId()]
  )
  return result.rows.map((row) => row.id)
}

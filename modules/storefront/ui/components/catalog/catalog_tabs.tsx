import { Tabs } from '@mantine/core'
import { router } from '@inertiajs/react'
import { useSharedProps } from '~/hooks/use_shared_props'

type Tab = 'products' | 'categories' | 'attributes' | 'product-imports'

const LABELS: Record<Tab, string> = {
  'products': 'Products',
  'categories': 'Categories',
  'attributes': 'Attributes',
  'product-imports': 'Import',
}

/** Switches between the catalog's back-office pages. */
export function CatalogTabs({ active, canManage }: { active: Tab; canManage: boolean }) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/storefront`
  const tabs = (Object.keys(LABELS) as Tab[]).filter(
    (tab) => canManage || tab !== 'product-imports'
  )
  return (
    <Tabs
      value={active}
      onChange={(tab) => tab && tab !== active && router.visit(`${base}/${tab}`)}
      mb="lg"
    >
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab} value={tab}>
            {LABELS[tab]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  )
}

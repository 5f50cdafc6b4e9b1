import type { AttributeKind } from '#modules/storefront/models/attribute'
import type { Industry } from '#kernel/tenancy/models/tenant'

interface AttributePreset {
  key: string
  label: string
  kind: AttributeKind
  options: string[]
  filterable: boolean
}

/**
 * The attributes a new shop starts with, by industry; each workspace edits
 * its own afterwards.
 */
export const ATTRIBUTE_PRESETS: Record<Industry, AttributePreset[]> = {
  beauty: [
    {
      key: 'skin_types',
      label: 'Skin type',
      kind: 'multi_select',
      options: ['Dry', 'Oily', 'Combination', 'Normal', 'Sensitive', 'Mature'],
      filterable: true,
    },
    {
      key: 'concerns',
      label: 'Concern',
      kind: 'multi_select',
      options: [
        'Acne',
        'Ageing',
        'Dark spots',
        'Dryness',
        'Dullness',
        'Fine lines',
        'Pores',
        'Redness',
      ],
      filterable: true,
    },
    {
      key: 'finish',
      label: 'Finish',
      kind: 'select',
      options: ['Matte', 'Satin', 'Natural', 'Dewy', 'Glossy'],
      filterable: true,
    },
    { key: 'ingredients', label: 'Ingredients', kind: 'text', options: [], filterable: false },
  ],
  general: [],
}

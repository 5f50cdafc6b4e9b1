import { useState } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  Checkbox,
  FileInput,
  Grid,
  Group,
  Image,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import {
  IconArrowDown,
  IconArrowLeft,
  IconArrowUp,
  IconPhotoPlus,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'
import { DescriptionEditor } from '../../../components/catalog/rich_text_editor'
import { STATUS_OPTIONS, type StatusValue } from '../../../components/catalog/product_status'

type Amount = number | string | null

type VariantRow = {
  id?: string | null
  option_values: string[]
  price: Amount
  compare_at_price: Amount
  sku: string | null
  stock: number | string
  reserved?: number
}

type ProductValues = {
  name: string
  slug: string | null
  description: string
  status: StatusValue
  category_id: string | null
  price: Amount
  compare_at_price: Amount
  sku: string | null
  barcode: string | null
  weight_grams: number | string | null
  seo_title: string | null
  seo_description: string | null
  tags: string[]
  attributes: Record<string, string | string[]>
  track_inventory: boolean
  low_stock_threshold: number | string
  stock: number | string | null
  options: { name: string; values: string[] }[]
  variants: VariantRow[]
}

type AttributeDefinition = {
  key: string
  label: string
  kind: 'text' | 'select' | 'multi_select'
  options: string[]
}

type ProductImage = {
  id: string
  alt: string
  url: string
  thumbnailUrl: string
  width: number
  height: number
}

const EMPTY: ProductValues = {
  name: '',
  slug: null,
  description: '',
  status: 'draft',
  category_id: null,
  price: '',
  compare_at_price: null,
  sku: null,
  barcode: null,
  weight_grams: null,
  seo_title: null,
  seo_description: null,
  tags: [],
  attributes: {},
  track_inventory: true,
  low_stock_threshold: 5,
  stock: 0,
  options: [],
  variants: [],
}

function combinations(values: string[][]): string[][] {
  return values.reduce<string[][]>(
    (all, current) => all.flatMap((prefix) => current.map((value) => [...prefix, value])),
    [[]]
  )
}

/** Variants for every combination of the options' values, keeping what was typed. */
function variantsFor(
  options: ProductValues['options'],
  previous: VariantRow[],
  defaults: VariantRow
) {
  const usable = options.filter((option) => option.name.trim() && option.values.length > 0)
  if (usable.length === 0) {
    return []
  }
  return combinations(usable.map((option) => option.values)).map((optionValues) => {
    const same = previous.find(
      (variant) => variant.option_values.join('\u0000') === optionValues.join('\u0000')
    )
    return same ?? { ...defaults, id: null, option_values: optionValues }
  })
}

function ImagesCard({
  base,
  images,
  canManage,
}: {
  base: string
  images: ProductImage[]
  canManage: boolean
}) {
  const upload = useForm<{ images: File[] }>({ images: [] })
  const [alts, setAlts] = useState<Record<string, string>>({})
  const altOf = (image: ProductImage) => alts[image.id] ?? image.alt
  const move = (index: number, offset: number) => {
    const ids = images.map((image) => image.id)
    const [moved] = ids.splice(index, 1)
    ids.splice(index + offset, 0, moved)
    router.put(`${base}/images/order`, { ids }, { preserveScroll: true })
  }
  const uploadError = Object.entries(upload.errors).find(([key]) => key.startsWith('images'))?.[1]

  return (
    <Card withBorder padding="lg">
      <Title order={2} fz="md" mb="sm">
        Images
      </Title>
      {images.length === 0 && (
        <Text c="dimmed" fz="sm" mb="sm">
          No images yet. The first image is the one shoppers see in lists.
        </Text>
      )}
      <Stack gap="sm">
        {images.map((image, index) => (
          <Group key={image.id} wrap="nowrap" align="center" data-image={image.id}>
            <Image src={image.thumbnailUrl} alt={image.alt} w={72} h={72} radius="sm" />
            <TextInput
              aria-label={`Alt text of image ${index + 1}`}
              placeholder="Describe the image for people who cannot see it"
              value={altOf(image)}
              onChange={(event) => setAlts({ ...alts, [image.id]: event.currentTarget.value })}
              disabled={!canManage}
              style={{ flex: 1 }}
            />
            {canManage && (
              <Group gap={4} wrap="nowrap">
                <Button
                  size="xs"
                  variant="default"
                  disabled={altOf(image) === image.alt}
                  onClick={() =>
                    router.put(
                      `${base}/images/${image.id}`,
                      { alt: altOf(image) },
                      { preserveScroll: true }
                    )
                  }
                >
                  Save
                </Button>
                <ActionIcon
                  variant="subtle"
                  aria-label="Move up"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label="Move down"
                  disabled={index === images.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label="Delete image"
                  onClick={() =>
                    confirmAction({
                      title: 'Delete this image?',
                      message: 'The image and its smaller copies are removed from the shop.',
                      confirmLabel: 'Delete image',
                      onConfirm: () =>
                        router.delete(`${base}/images/${image.id}`, { preserveScroll: true }),
                    })
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            )}
          </Group>
        ))}
      </Stack>
      {canManage && (
        <AppForm
          action={`${base}/images`}
          encType="multipart/form-data"
          onSubmit={() =>
            upload.post(`${base}/images`, {
              forceFormData: true,
              preserveScroll: true,
              onSuccess: () => upload.reset(),
            })
          }
        >
          <Group align="flex-end" mt="md">
            <FileInput
              label="Add images"
              placeholder="PNG, JPEG, GIF or WebP, up to 8 MB each"
              accept="image/png,image/jpeg,image/gif,image/webp"
              multiple
              clearable
              name="images"
              value={upload.data.images}
              onChange={(files) => upload.setData('images', files)}
              error={uploadError}
              leftSection={<IconPhotoPlus size={16} />}
              style={{ flex: 1 }}
            />
            <Button
              type="submit"
              variant="light"
              loading={upload.processing}
              disabled={upload.data.images.length === 0}
            >
              Upload
            </Button>
          </Group>
        </AppForm>
      )}
    </Card>
  )
}

export default function ProductForm(props: {
  product: (ProductValues & { id: string }) | null
  images: ProductImage[]
  currency: string
  categories: { id: string; name: string; depth: number }[]
  attributes: AttributeDefinition[]
  canManage?: boolean
}) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/storefront`
  const editing = props.product !== null
  const canManage = props.canManage ?? true
  const { id: productId, ...initial } = props.product ?? { ...EMPTY, id: null }
  const form = useForm<ProductValues>(initial)
  const action = editing ? `${base}/products/${productId}` : `${base}/products`
  const data = form.data
  const set = <Key extends keyof ProductValues>(key: Key, value: ProductValues[Key]) => {
    form.setData(key, value as never)
    form.clearErrors(key)
  }
  const error = (field: string) => (form.errors as Record<string, string | undefined>)[field]
  const hasOptions = data.options.length > 0
  const defaults: VariantRow = {
    option_values: [],
    price: data.price,
    compare_at_price: null,
    sku: null,
    stock: 0,
  }
  const setOptions = (options: ProductValues['options']) => {
    form.setData({ ...data, options, variants: variantsFor(options, data.variants, defaults) })
  }
  const setVariant = (index: number, changes: Partial<VariantRow>) =>
    form.setData(
      'variants',
      data.variants.map((variant, position) =>
        position === index ? { ...variant, ...changes } : variant
      )
    )

  return (
    <AppLayout>
      <Head title={editing ? `Edit ${props.product!.name}` : 'New product'} />
      <Anchor component={Link} href={`${base}/products`} fz="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Products
        </Group>
      </Anchor>
      <PageHeader
        title={editing ? props.product!.name : 'New product'}
        actions={
          editing &&
          canManage && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() =>
                confirmAction({
                  title: `Delete ${props.product!.name}?`,
                  message:
                    'The product, its variants and images are deleted. Orders keep their own copy of what was bought. To stop selling it but keep it, archive it instead.',
                  confirmLabel: 'Delete product',
                  onConfirm: () => router.delete(action),
                })
              }
            >
              Delete
            </Button>
          )
        }
      />
      <AppForm
        action={action}
        method={editing ? 'put' : 'post'}
        onSubmit={() => (editing ? form.put(action) : form.post(action))}
      >
        <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0 }}>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="lg">
                <Card withBorder padding="lg">
                  <Stack>
                    <TextInput
                      label="Name"
                      name="name"
                      required
                      value={data.name}
                      onChange={(event) => set('name', event.currentTarget.value)}
                      error={error('name')}
                    />
                    <DescriptionEditor
                      label="Description"
                      value={data.description}
                      onChange={(html) => set('description', html)}
                      error={error('description')}
                      readOnly={!canManage}
                    />
                  </Stack>
                </Card>

                <Card withBorder padding="lg">
                  <Title order={2} fz="md" mb="sm">
                    Pricing
                  </Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <NumberInput
                      label={`Price (${props.currency})`}
                      name="price"
                      required
                      min={0}
                      decimalScale={2}
                      value={data.price ?? ''}
                      onChange={(value) => set('price', value)}
                      error={error('price')}
                      description={hasOptions ? 'Default for new variants' : undefined}
                    />
                    <NumberInput
                      label={`Compare-at price (${props.currency})`}
                      name="compare_at_price"
                      min={0}
                      decimalScale={2}
                      value={data.compare_at_price ?? ''}
                      onChange={(value) => set('compare_at_price', value === '' ? null : value)}
                      error={error('compare_at_price')}
                      description="The former price, shown struck through"
                    />
                  </SimpleGrid>
                </Card>

                <Card withBorder padding="lg">
                  <Title order={2} fz="md" mb="sm">
                    Inventory
                  </Title>
                  <Stack>
                    <SimpleGrid cols={{ base: 1, sm: 3 }}>
                      <TextInput
                        label="SKU"
                        name="sku"
                        value={data.sku ?? ''}
                        onChange={(event) => set('sku', event.currentTarget.value)}
                        error={error('sku')}
                      />
                      <TextInput
                        label="Barcode"
                        name="barcode"
                        value={data.barcode ?? ''}
                        onChange={(event) => set('barcode', event.currentTarget.value)}
                        error={error('barcode')}
                      />
                      <NumberInput
                        label="Weight (grams)"
                        name="weight_grams"
                        min={0}
                        allowDecimal={false}
                        value={data.weight_grams ?? ''}
                        onChange={(value) => set('weight_grams', value === '' ? null : value)}
                        error={error('weight_grams')}
                      />
                    </SimpleGrid>
                    <Checkbox
                      label="Track inventory"
                      checked={data.track_inventory}
                      onChange={(event) => set('track_inventory', event.currentTarget.checked)}
                      error={error('track_inventory')}
                    />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      {!hasOptions && (
                        <NumberInput
                          label="Stock on hand"
                          name="stock"
                          min={0}
                          allowDecimal={false}
                          value={data.stock ?? ''}
                          onChange={(value) => set('stock', value)}
                          error={error('stock')}
                        />
                      )}
                      <NumberInput
                        label="Low-stock alert at"
                        name="low_stock_threshold"
                        description="Staff are notified when a variant's available units drop to this"
                        min={0}
                        allowDecimal={false}
                        value={data.low_stock_threshold}
                        onChange={(value) => set('low_stock_threshold', value)}
                        error={error('low_stock_threshold')}
                      />
                    </SimpleGrid>
                  </Stack>
                </Card>

                <Card withBorder padding="lg">
                  <Group justify="space-between" mb="sm">
                    <Title order={2} fz="md">
                      Options and variants
                    </Title>
                    {canManage && data.options.length < 3 && (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconPlus size={14} />}
                        onClick={() => setOptions([...data.options, { name: '', values: [] }])}
                      >
                        Add option
                      </Button>
                    )}
                  </Group>
                  {!hasOptions && (
                    <Text c="dimmed" fz="sm">
                      Add options such as Shade or Size when the product comes in several versions;
                      each combination gets its own price, SKU and stock.
                    </Text>
                  )}
                  <Stack>
                    {data.options.map((option, index) => (
                      <Group key={index} align="flex-start" wrap="nowrap">
                        <TextInput
                          label="Option"
                          placeholder="Shade"
                          value={option.name}
                          onChange={(event) =>
                            setOptions(
                              data.options.map((current, position) =>
                                position === index
                                  ? { ...current, name: event.currentTarget.value }
                                  : current
                              )
                            )
                          }
                          error={error(`options.${index}.name`)}
                          w={180}
                        />
                        <TagsInput
                          label="Values"
                          placeholder="Type a value and press Enter"
                          value={option.values}
                          onChange={(values) =>
                            setOptions(
                              data.options.map((current, position) =>
                                position === index ? { ...current, values } : current
                              )
                            )
                          }
                          error={error(`options.${index}.values`)}
                          style={{ flex: 1 }}
                        />
                        {canManage && (
                          <ActionIcon
                            mt={28}
                            variant="subtle"
                            color="red"
                            aria-label={`Remove option ${option.name}`}
                            onClick={() =>
                              setOptions(data.options.filter((_, position) => position !== index))
                            }
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        )}
                      </Group>
                    ))}
                    {error('variants') && (
                      <Text c="red" fz="sm">
                        {error('variants')}
                      </Text>
                    )}
                    {data.variants.length > 0 && (
                      <Table.ScrollContainer minWidth={560}>
                        <Table verticalSpacing="xs">
                          <Table.Thead>
                            <Table.Tr>
                              <Table.Th>Variant</Table.Th>
                              <Table.Th>Price</Table.Th>
                              <Table.Th>Compare-at</Table.Th>
                              <Table.Th>SKU</Table.Th>
                              <Table.Th>Stock</Table.Th>
                            </Table.Tr>
                          </Table.Thead>
                          <Table.Tbody>
                            {data.variants.map((variant, index) => {
                              const title = variant.option_values.join(' / ')
                              return (
                                <Table.Tr key={variant.option_values.join('\u0000')}>
                                  <Table.Td>
                                    <Text fz="sm" fw={600}>
                                      {title}
                                    </Text>
                                    {error(`variants.${index}.option_values`) && (
                                      <Text c="red" fz="xs">
                                        {error(`variants.${index}.option_values`)}
                                      </Text>
                                    )}
                                  </Table.Td>
                                  <Table.Td>
                                    <NumberInput
                                      aria-label={`Price of ${title}`}
                                      min={0}
                                      decimalScale={2}
                                      value={variant.price ?? ''}
                                      onChange={(value) => setVariant(index, { price: value })}
                                      error={error(`variants.${index}.price`)}
                                      w={110}
                                    />
                                  </Table.Td>
                                  <Table.Td>
                                    <NumberInput
                                      aria-label={`Compare-at price of ${title}`}
                                      min={0}
                                      decimalScale={2}
                                      value={variant.compare_at_price ?? ''}
                                      onChange={(value) =>
                                        setVariant(index, {
                                          compare_at_price: value === '' ? null : value,
                                        })
                                      }
                                      error={error(`variants.${index}.compare_at_price`)}
                                      w={110}
                                    />
                                  </Table.Td>
                                  <Table.Td>
                                    <TextInput
                                      aria-label={`SKU of ${title}`}
                                      value={variant.sku ?? ''}
                                      onChange={(event) =>
                                        setVariant(index, { sku: event.currentTarget.value })
                                      }
                                      error={error(`variants.${index}.sku`)}
                                      w={130}
                                    />
                                  </Table.Td>
                                  <Table.Td>
                                    <NumberInput
                                      aria-label={`Stock of ${title}`}
                                      min={0}
                                      allowDecimal={false}
                                      value={variant.stock}
                                      onChange={(value) => setVariant(index, { stock: value })}
                                      error={error(`variants.${index}.stock`)}
                                      description={
                                        variant.reserved
                                          ? `${variant.reserved} reserved`
                                          : undefined
                                      }
                                      w={90}
                                    />
                                  </Table.Td>
                                </Table.Tr>
                              )
                            })}
                          </Table.Tbody>
                        </Table>
                      </Table.ScrollContainer>
                    )}
                  </Stack>
                </Card>

                <Card withBorder padding="lg">
                  <Title order={2} fz="md" mb="sm">
                    Search engines
                  </Title>
                  <Stack>
                    <TextInput
                      label="Web address"
                      name="slug"
                      description="Leave empty to make one from the name"
                      value={data.slug ?? ''}
                      onChange={(event) => set('slug', event.currentTarget.value)}
                      error={error('slug')}
                    />
                    <TextInput
                      label="SEO title"
                      name="seo_title"
                      value={data.seo_title ?? ''}
                      onChange={(event) => set('seo_title', event.currentTarget.value)}
                      error={error('seo_title')}
                    />
                    <Textarea
                      label="SEO description"
                      name="seo_description"
                      autosize
                      minRows={2}
                      value={data.seo_description ?? ''}
                      onChange={(event) => set('seo_description', event.currentTarget.value)}
                      error={error('seo_description')}
                    />
                  </Stack>
                </Card>
              </Stack>
            </Grid.Col>

            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="lg">
                <Card withBorder padding="lg">
                  <Stack>
                    <Select
                      label="Status"
                      name="status"
                      data={STATUS_OPTIONS}
                      value={data.status}
                      allowDeselect={false}
                      onChange={(value) => set('status', (value ?? 'draft') as StatusValue)}
                      error={error('status')}
                    />
                    <Select
                      label="Category"
                      placeholder="No category"
                      clearable
                      searchable
                      data={props.categories.map((category) => ({
                        value: category.id,
                        label: `${'— '.repeat(category.depth)}${category.name}`,
                      }))}
                      value={data.category_id}
                      onChange={(value) => set('category_id', value)}
                      error={error('category_id')}
                    />
                    <TagsInput
                      label="Tags"
                      placeholder="Type a tag and press Enter"
                      value={data.tags}
                      onChange={(tags) => set('tags', tags)}
                      error={error('tags') ?? error('tags.0')}
                    />
                  </Stack>
                </Card>

                {props.attributes.length > 0 && (
                  <Card withBorder padding="lg">
                    <Title order={2} fz="md" mb="sm">
                      Attributes
                    </Title>
                    <Stack>
                      {props.attributes.map((attribute) => {
                        const value = data.attributes[attribute.key]
                        const setValue = (next: string | string[]) => {
                          set('attributes', { ...data.attributes, [attribute.key]: next })
                          form.clearErrors(`attributes.${attribute.key}` as keyof ProductValues)
                        }
                        const fieldError = error(`attributes.${attribute.key}`)
                        if (attribute.kind === 'multi_select') {
                          return (
                            <MultiSelect
                              key={attribute.key}
                              label={attribute.label}
                              data={attribute.options}
                              value={Array.isArray(value) ? value : value ? [value] : []}
                              onChange={setValue}
                              error={fieldError}
                              clearable
                            />
                          )
                        }
                        if (attribute.kind === 'select') {
                          return (
                            <Select
                              key={attribute.key}
                              label={attribute.label}
                              data={attribute.options}
                              value={typeof value === 'string' && value ? value : null}
                              onChange={(next) => setValue(next ?? '')}
                              error={fieldError}
                              clearable
                            />
                          )
                        }
                        return (
                          <Textarea
                            key={attribute.key}
                            label={attribute.label}
                            autosize
                            minRows={2}
                            value={typeof value === 'string' ? value : ''}
                            onChange={(event) => setValue(event.currentTarget.value)}
                            error={fieldError}
                          />
                        )
                      })}
                      <Anchor component={Link} href={`${base}/attributes`} fz="xs">
                        Edit the attribute set
                      </Anchor>
                    </Stack>
                  </Card>
                )}
              </Stack>
            </Grid.Col>
          </Grid>
          {canManage && (
            <Group mt="lg">
              <Button type="submit" loading={form.processing}>
                {editing ? 'Save product' : 'Create product'}
              </Button>
              {form.hasErrors && (
                <Text c="red" fz="sm" role="alert">
                  Some fields need your attention.
                </Text>
              )}
            </Group>
          )}
        </fieldset>
      </AppForm>
      {editing && (
        <Stack mt="lg" maw={900}>
          <ImagesCard
            base={`${base}/products/${productId}`}
            images={props.images}
            canManage={canManage}
          />
        </Stack>
      )}
    </AppLayout>
  )
}

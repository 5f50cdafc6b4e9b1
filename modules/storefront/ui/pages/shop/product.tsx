import { useMemo, useState } from 'react'
import { router, useForm } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Card,
  Chip,
  Divider,
  FileInput,
  Grid,
  Group,
  Image,
  Input,
  NumberInput,
  Rating,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  Typography,
  UnstyledButton,
} from '@mantine/core'
import { IconHeart, IconHeartFilled, IconRosetteDiscountCheck } from '@tabler/icons-react'
import { ShopLayout } from '~/layouts/shop_layout'
import { AppForm } from '~/components/app_form'
import { ShopHead } from '../../components/shop/shop_head'
import { ProductGrid } from '../../components/shop/product_card'
import { StarRating } from '../../components/shop/star_rating'
import { formatMoney } from '~/lib/money'
import type { ProductCardData, SeoMeta, ShopBrand } from '../../components/shop/types'

type Variant = {
  id: string
  title: string
  optionValues: string[]
  priceMinor: number
  compareAtMinor: number | null
  available: number
  inStock: boolean
  sku: string | null
}

type ProductImage = {
  url: string
  mediumUrl: string
  thumbnailUrl: string
  alt: string
  width: number
  height: number
}

type Review = {
  id: string
  authorName: string
  rating: number
  title: string | null
  body: string
  photoUrls: string[]
  verifiedPurchase: boolean
  createdAt: string
}

type Props = {
  shop: ShopBrand
  seo: SeoMeta
  product: {
    id: string
    slug: string
    name: string
    currency: string
    priceMinor: number
    compareAtMinor: number | null
    descriptionHtml: string
    inStock: boolean
    ratingAverage: number | null
    reviewCount: number
    options: { name: string; values: string[] }[]
    variants: Variant[]
    images: ProductImage[]
    attributes: { key: string; label: string; values: string[] }[]
  }
  trail: { name: string; slug: string }[]
  reviews: Review[]
  related: ProductCardData[]
  wishlisted: boolean
  review: { signedIn: boolean; alreadyReviewed: boolean; defaultName: string }
}

function Gallery({ images, name }: { images: ProductImage[]; name: string }) {
  const [current, setCurrent] = useState(0)
  if (images.length === 0) {
    return (
      <Box
        h={360}
        style={{ background: 'var(--mantine-color-default-hover)', borderRadius: 12 }}
        role="img"
        aria-label={`${name}: no photo yet`}
      />
    )
  }
  const shown = images[Math.min(current, images.length - 1)]
  return (
    <Stack gap="sm">
      <Image src={shown.url} alt={shown.alt} radius="md" fit="contain" mah={520} />
      {images.length > 1 && (
        <Group gap="xs" aria-label="Photos">
          {images.map((image, index) => (
            <UnstyledButton
              key={image.url}
              onClick={() => setCurrent(index)}
              aria-label={`Show photo ${index + 1} of ${images.length}`}
              aria-pressed={index === current}
              style={{
                border: `2px solid ${index === current ? 'var(--mantine-color-dark-6)' : 'transparent'}`,
                borderRadius: 8,
              }}
            >
              <Image src={image.thumbnailUrl} alt="" w={64} h={64} radius="sm" fit="cover" />
            </UnstyledButton>
          ))}
        </Group>
      )}
    </Stack>
  )
}

function stockLabel(variant: Variant | undefined) {
  if (!variant) return { text: 'Choose an option', color: 'gray' }
  if (!variant.inStock) return { text: 'Out of stock', color: 'red' }
  if (variant.available <= 5) return { text: `Only ${variant.available} left`, color: 'orange' }
  return { text: 'In stock', color: 'teal' }
}

function BuyBox({ shop, product }: Pick<Props, 'shop' | 'product'>) {
  const [chosen, setChosen] = useState<string[]>(
    () =>
      (product.variants.find((variant) => variant.inStock) ?? product.variants[0])?.optionValues ??
      []
  )
  const variant = useMemo(
    () =>
      product.variants.find((candidate) =>
        candidate.optionValues.every((value, index) => value === chosen[index])
      ),
    [product.variants, chosen]
  )
  const action = `${shop.basePath}/cart/items`
  const form = useForm({ variantId: variant?.id ?? '', quantity: 1 })
  const stock = stockLabel(variant)
  const price = variant?.priceMinor ?? product.priceMinor
  const compareAt = variant?.compareAtMinor ?? product.compareAtMinor

  const choose = (index: number, value: string) => {
    const next = [...chosen]
    next[index] = value
    setChosen(next)
    const match = product.variants.find((candidate) =>
      candidate.optionValues.every((optionValue, at) => optionValue === next[at])
    )
    form.setData('variantId', match?.id ?? '')
  }

  return (
    <AppForm action={action} onSubmit={() => form.post(action, { preserveScroll: true })}>
      <input type="hidden" name="variantId" value={variant?.id ?? ''} />
      <Stack gap="md">
        <Group gap="sm" align="baseline">
          <Text fz={28} fw={800} data-price>
            {formatMoney(price, product.currency)}
          </Text>
          {compareAt !== null && compareAt > price && (
            <Text td="line-through" c="dimmed" fz="lg">
              {formatMoney(compareAt, product.currency)}
            </Text>
          )}
        </Group>
        {product.options.map((option, index) => (
          <Input.Wrapper key={option.name} label={option.name} labelElement="div">
            <Chip.Group
              multiple={false}
              value={chosen[index] ?? null}
              onChange={(value) => choose(index, value as string)}
            >
              <Group gap="xs" mt={6} role="radiogroup" aria-label={option.name}>
                {option.values.map((value) => (
                  <Chip key={value} value={value} type="radio" color="dark">
                    {value}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
        ))}
        <Badge color={stock.color} variant="light" size="lg" data-stock>
          {stock.text}
        </Badge>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <NumberInput
            label="Quantity"
            name="quantity"
            min={1}
            max={Math.max(1, Math.min(variant?.available ?? 1, 999))}
            value={form.data.quantity}
            onChange={(value) => form.setData('quantity', Number(value) || 1)}
            w={110}
            error={form.errors.quantity}
          />
          <Button
            type="submit"
            size="md"
            color={shop.brandColor}
            autoContrast
            disabled={!variant?.inStock}
            loading={form.processing}
            style={{ flex: 1 }}
          >
            {variant?.inStock === false ? 'Sold out' : 'Add to cart'}
          </Button>
        </Group>
        {form.errors.variantId && (
          <Text c="red" fz="sm" role="alert">
            {form.errors.variantId}
          </Text>
        )}
      </Stack>
    </AppForm>
  )
}

function WishlistButton({
  shop,
  product,
  wishlisted,
  signedIn,
}: {
  shop: ShopBrand
  product: Props['product']
  wishlisted: boolean
  signedIn: boolean
}) {
  if (!signedIn) {
    return (
      <Anchor component={Link} href={`${shop.basePath}/account/login`} underline="always" fz="sm">
        Sign in to save it to your wishlist
      </Anchor>
    )
  }
  return wishlisted ? (
    <Button
      variant="subtle"
      color="dark"
      leftSection={<IconHeartFilled size={18} aria-hidden="true" />}
      onClick={() =>
        router.delete(`${shop.basePath}/wishlist/${product.id}`, { preserveScroll: true })
      }
    >
      On your wishlist — remove
    </Button>
  ) : (
    <Button
      variant="subtle"
      color="dark"
      leftSection={<IconHeart size={18} aria-hidden="true" />}
      onClick={() =>
        router.post(
          `${shop.basePath}/wishlist`,
          { productId: product.id },
          { preserveScroll: true }
        )
      }
    >
      Save to wishlist
    </Button>
  )
}

function ReviewForm({ shop, product, review }: Pick<Props, 'shop' | 'product' | 'review'>) {
  const action = `${shop.basePath}/products/${product.slug}/reviews`
  const form = useForm<{ rating: number; title: string; body: string; photos: File[] }>({
    rating: 0,
    title: '',
    body: '',
    photos: [],
  })
  if (!review.signedIn) {
    return (
      <Text>
        <Anchor component={Link} href={`${shop.basePath}/account/login`} underline="always">
          Sign in
        </Anchor>{' '}
        to write a review.
      </Text>
    )
  }
  if (review.alreadyReviewed) {
    return <Text c="dimmed">Thank you for reviewing this product.</Text>
  }
  return (
    <Card withBorder padding="lg">
      <AppForm
        action={action}
        encType="multipart/form-data"
        onSubmit={() =>
          form.post(action, {
            forceFormData: true,
            preserveScroll: true,
            onSuccess: () => form.reset(),
          })
        }
      >
        <Stack gap="sm">
          <Title order={3} fz="lg">
            Write a review
          </Title>
          <Input.Wrapper label="Your rating" error={form.errors.rating} required labelElement="div">
            <Rating
              name="rating"
              value={form.data.rating}
              onChange={(value) => form.setData('rating', value)}
              getSymbolLabel={(value) => `${value} ${value === 1 ? 'star' : 'stars'}`}
              size="lg"
              mt={4}
            />
          </Input.Wrapper>
          <TextInput
            label="Title"
            name="title"
            value={form.data.title}
            onChange={(event) => form.setData('title', event.currentTarget.value)}
            error={form.errors.title}
          />
          <Textarea
            label="Your review"
            name="body"
            required
            autosize
            minRows={4}
            value={form.data.body}
            onChange={(event) => form.setData('body', event.currentTarget.value)}
            error={form.errors.body}
          />
          <FileInput
            label="Photos (up to 4)"
            name="photos"
            multiple
            accept="image/png,image/jpeg,image/webp,image/gif"
            value={form.data.photos}
            onChange={(files) => form.setData('photos', files)}
            error={form.errors.photos}
            clearable
          />
          <Button
            type="submit"
            color={shop.brandColor}
            autoContrast
            loading={form.processing}
            style={{ alignSelf: 'flex-start' }}
          >
            Send review
          </Button>
        </Stack>
      </AppForm>
    </Card>
  )
}

function Reviews({ reviews, product }: Pick<Props, 'reviews' | 'product'>) {
  if (reviews.length === 0) {
    return <Text c="dimmed">No reviews yet. Be the first to share what you think.</Text>
  }
  return (
    <Stack gap="md">
      {reviews.map((review) => (
        <Card key={review.id} withBorder padding="md" component="article" data-review={review.id}>
          <Group justify="space-between" wrap="wrap">
            <StarRating value={review.rating} />
            <Text fz="sm" c="dimmed">
              {new Date(review.createdAt).toLocaleDateString('en-GB', { dateStyle: 'medium' })}
            </Text>
          </Group>
          {review.title && (
            <Text fw={700} mt="xs">
              {review.title}
            </Text>
          )}
          <Text mt={4} style={{ whiteSpace: 'pre-line' }}>
            {review.body}
          </Text>
          {review.photoUrls.length > 0 && (
            <Group gap="xs" mt="sm">
              {review.photoUrls.map((url, index) => (
                <Image
                  key={url}
                  src={url}
                  alt={`Photo ${index + 1} by ${review.authorName} of ${product.name}`}
                  w={96}
                  h={96}
                  radius="sm"
                  fit="cover"
                />
              ))}
            </Group>
          )}
          <Group gap="xs" mt="sm">
            <Text fz="sm" fw={600}>
              {review.authorName}
            </Text>
            {review.verifiedPurchase && (
              <Badge
                color="teal"
                variant="light"
                leftSection={<IconRosetteDiscountCheck size={14} aria-hidden="true" />}
              >
                Verified purchase
              </Badge>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  )
}

export default function ShopProduct(props: Props) {
  const { shop, product, trail, reviews, related } = props
  return (
    <ShopLayout shop={shop}>
      <ShopHead seo={props.seo} siteName={shop.name} />
      <Stack gap="xl">
        <Breadcrumbs aria-label="Breadcrumb">
          <Anchor component={Link} href={shop.basePath || '/'}>
            Home
          </Anchor>
          {trail.map((step) => (
            <Anchor
              key={step.slug}
              component={Link}
              href={`${shop.basePath}/categories/${step.slug}`}
            >
              {step.name}
            </Anchor>
          ))}
          <Text aria-current="page">{product.name}</Text>
        </Breadcrumbs>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Gallery images={product.images} name={product.name} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="md">
              <Title order={1} fz={{ base: 26, sm: 32 }}>
                {product.name}
              </Title>
              {product.reviewCount > 0 && (
                <Anchor href="#reviews" underline="never">
                  <StarRating value={product.ratingAverage} count={product.reviewCount} />
                </Anchor>
              )}
              <BuyBox shop={shop} product={product} />
              <WishlistButton
                shop={shop}
                product={product}
                wishlisted={props.wishlisted}
                signedIn={props.review.signedIn}
              />
              <Divider />
              <Typography>
                <div dangerouslySetInnerHTML={{ __html: product.descriptionHtml }} />
              </Typography>
              {product.attributes.length > 0 && (
                <Table variant="vertical" withTableBorder layout="fixed">
                  <Table.Tbody>
                    {product.attributes.map((attribute) => (
                      <Table.Tr key={attribute.key}>
                        <Table.Th w={140}>{attribute.label}</Table.Th>
                        <Table.Td>{attribute.values.join(', ')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
        <Box component="section" id="reviews" aria-labelledby="reviews-title">
          <Group justify="space-between" mb="md">
            <Title order={2} id="reviews-title">
              Reviews
            </Title>
            {product.reviewCount > 0 && (
              <Group gap="xs">
                <Text fw={700}>{Number(product.ratingAverage).toFixed(1)} / 5</Text>
                <StarRating value={product.ratingAverage} count={product.reviewCount} />
              </Group>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <Reviews reviews={reviews} product={product} />
            <ReviewForm shop={shop} product={product} review={props.review} />
          </SimpleGrid>
        </Box>
        {related.length > 0 && (
          <Box component="section" aria-labelledby="related-title">
            <Title order={2} id="related-title" mb="md">
              You may also like
            </Title>
            <ProductGrid products={related} basePath={shop.basePath} />
          </Box>
        )}
      </Stack>
    </ShopLayout>
  )
}

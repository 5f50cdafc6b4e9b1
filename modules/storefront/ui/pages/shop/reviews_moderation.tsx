import { Head, router } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Badge,
  Button,
  Card,
  Group,
  Image,
  Pagination,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core'
import { IconMessageCheck } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { StarRating } from '../../components/shop/star_rating'

type Review = {
  id: string
  productName: string
  authorName: string
  rating: number
  title: string | null
  body: string
  photoUrls: string[]
  verifiedPurchase: boolean
  status: 'pending' | 'approved' | 'rejected'
  createdAt: string
  moderatedBy: string | null
}

type Props = {
  status: 'pending' | 'approved' | 'rejected'
  pendingCount: number
  reviews: Review[]
  pagination: { page: number; lastPage: number; total: number }
  path: string
}

export default function ReviewsModeration({
  status,
  pendingCount,
  reviews,
  pagination,
  path: base,
}: Props) {
  const listUrl = (next: string, page = 1) =>
    `${base}?status=${next}${page > 1 ? `&page=${page}` : ''}`
  return (
    <AppLayout>
      <Head title="Reviews" />
      <PageHeader
        title="Reviews"
        description="Customer reviews appear on product pages once you approve them."
      />
      <Stack gap="md">
        <SegmentedControl
          value={status}
          onChange={(value) => router.get(listUrl(value))}
          data={[
            { value: 'pending', label: `Waiting (${pendingCount})` },
            { value: 'approved', label: 'Approved' },
            { value: 'rejected', label: 'Rejected' },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        {reviews.length === 0 ? (
          <Card withBorder padding="xl">
            <Stack align="center" gap="xs">
              <IconMessageCheck size={32} aria-hidden="true" />
              <Text fw={600}>
                {status === 'pending' ? 'No review is waiting.' : `No ${status} review.`}
              </Text>
              <Text c="dimmed" fz="sm">
                New reviews from customers show up here first.
              </Text>
            </Stack>
          </Card>
        ) : (
          reviews.map((review) => (
            <Card key={review.id} withBorder padding="lg" data-review={review.id}>
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <Stack gap={4}>
                  <Text fw={700}>{review.productName}</Text>
                  <StarRating value={review.rating} />
                  <Group gap="xs">
                    <Text fz="sm">{review.authorName}</Text>
                    {review.verifiedPurchase && (
                      <Badge color="teal" variant="light">
                        Verified purchase
                      </Badge>
                    )}
                    <Text fz="sm" c="dimmed">
                      <RelativeTime iso={review.createdAt} />
                    </Text>
                  </Group>
                </Stack>
                {review.status !== 'approved' && (
                  <Group gap="xs">
                    <Button
                      color="teal"
                      onClick={() =>
                        router.post(`${base}/${review.id}/approve`, {}, { preserveScroll: true })
                      }
                    >
                      Approve
                    </Button>
                    {review.status === 'pending' && (
                      <Button
                        variant="default"
                        onClick={() =>
                          router.post(`${base}/${review.id}/reject`, {}, { preserveScroll: true })
                        }
                      >
                        Reject
                      </Button>
                    )}
                  </Group>
                )}
                {review.status === 'approved' && (
                  <Button
                    variant="default"
                    onClick={() =>
                      router.post(`${base}/${review.id}/reject`, {}, { preserveScroll: true })
                    }
                  >
                    Unpublish
                  </Button>
                )}
              </Group>
              {review.title && (
                <Text fw={600} mt="sm">
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
                      alt={`Photo ${index + 1}`}
                      w={80}
                      h={80}
                      radius="sm"
                    />
                  ))}
                </Group>
              )}
              {review.moderatedBy && (
                <Text fz="xs" c="dimmed" mt="sm">
                  Moderated by {review.moderatedBy}
                </Text>
              )}
            </Card>
          ))
        )}
        {pagination.lastPage > 1 && (
          <Group justify="center">
            <Pagination
              total={pagination.lastPage}
              value={pagination.page}
              getItemProps={(page) => ({ component: Link, href: listUrl(status, page) })}
            />
          </Group>
        )}
      </Stack>
    </AppLayout>
  )
}

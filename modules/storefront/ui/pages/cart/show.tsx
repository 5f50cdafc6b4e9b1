import { Head, router } from '@inertiajs/react'
import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  Group,
  Image,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconShoppingBag, IconTrash } from '@tabler/icons-react'
import { ShopLayout, type ShopBrand } from '~/layouts/shop_layout'
import { formatMoney } from '~/lib/money'

type CartLine = {
  variantId: string
  productId: string
  name: string
  variantTitle: string | null
  unitPriceMinor: number
  quantity: number
  lineTotalMinor: number
  imageUrl: string | null
  available: number
}

type Props = {
  shop: ShopBrand
  cart: {
    id: string
    currency: string
    lines: CartLine[]
    itemCount: number
    subtotalMinor: number
  } | null
}

function QuantityField({ shop, line }: { shop: ShopBrand; line: CartLine }) {
  return (
    <NumberInput
      aria-label={`Quantity of ${line.name}`}
      min={1}
      max={Math.max(1, Math.min(line.available, 999))}
      value={line.quantity}
      w={90}
      allowDecimal={false}
      onBlur={(event) => {
        const quantity = Number(event.currentTarget.value)
        if (Number.isInteger(quantity) && quantity !== line.quantity) {
          router.put(
            `${shop.basePath}/cart/items/${line.variantId}`,
            { quantity },
            { preserveScroll: true }
          )
        }
      }}
    />
  )
}

export default function CartPage({ shop, cart }: Props) {
  const empty = !cart || cart.lines.length === 0
  return (
    <ShopLayout shop={shop}>
      <Head title={`Your cart · ${shop.name}`} />
      <Stack gap="lg">
        <Title order={1}>Your cart</Title>
        {empty ? (
          <Card withBorder padding="xl" ta="center">
            <Stack align="center" gap="sm">
              <IconShoppingBag size={40} stroke={1.5} aria-hidden />
              <Text fw={600}>Your cart is empty.</Text>
              <Anchor href={shop.basePath || '/'}>Continue shopping</Anchor>
            </Stack>
          </Card>
        ) : (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="md" aria-label="Items in your cart">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Product</Table.Th>
                    <Table.Th>Price</Table.Th>
                    <Table.Th>Quantity</Table.Th>
                    <Table.Th ta="right">Total</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {cart.lines.map((line) => (
                    <Table.Tr key={line.variantId}>
                      <Table.Td>
                        <Group wrap="nowrap">
                          {line.imageUrl && (
                            <Image src={line.imageUrl} alt="" w={56} h={56} radius="sm" />
                          )}
                          <div>
                            <Text fw={600}>{line.name}</Text>
                            {line.variantTitle && (
                              <Text fz="sm" c="dimmed">
                                {line.variantTitle}
                              </Text>
                            )}
                          </div>
                        </Group>
                      </Table.Td>
                      <Table.Td>{formatMoney(line.unitPriceMinor, cart.currency)}</Table.Td>
                      <Table.Td>
                        <QuantityField shop={shop} line={line} />
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {formatMoney(line.lineTotalMinor, cart.currency)}
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Remove ${line.name}`}
                          onClick={() =>
                            router.delete(`${shop.basePath}/cart/items/${line.variantId}`, {
                              preserveScroll: true,
                            })
                          }
                        >
                          <IconTrash size={18} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="space-between" align="flex-start">
              <Anchor href={shop.basePath || '/'}>Continue shopping</Anchor>
              <Stack gap="xs" align="flex-end">
                <Text fz="lg">
                  Subtotal:{' '}
                  <Text span fw={800} data-subtotal>
                    {formatMoney(cart.subtotalMinor, cart.currency)}
                  </Text>
                </Text>
                <Text fz="sm" c="dimmed">
                  Shipping, tax and discounts are worked out at checkout.
                </Text>
                <Button
                  component="a"
                  href={`${shop.basePath}/checkout`}
                  size="md"
                  color={shop.brandColor}
                  autoContrast
                >
                  Check out
                </Button>
              </Stack>
            </Group>
          </>
        )}
      </Stack>
    </ShopLayout>
  )
}

import { Head, router, useForm } from '@inertiajs/react'
import {
  Alert,
  Anchor,
  Button,
  Card,
  Divider,
  Grid,
  Group,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { ShopLayout, type ShopBrand } from '~/layouts/shop_layout'
import { AppForm } from '~/components/app_form'
import { formatMoney } from '~/lib/money'

type PaymentMethod = 'stripe' | 'bank_transfer' | 'cash_on_delivery'

type Address = {
  line1?: string | null
  line2?: string | null
  city?: string | null
  region?: string | null
  postalCode?: string | null
  country?: string | null
}

type Props = {
  shop: ShopBrand
  customer: { name: string; email: string } | null
  countries: string[]
  checkout: {
    email: string | null
    customerName: string | null
    phone: string | null
    shippingAddress: Address | null
    shippingRateId: string | null
    discountCode: string | null
    paymentMethod: PaymentMethod | null
    heldUntil: string
  }
  quote: {
    currency: string
    pricesIncludeTax: boolean
    lines: {
      variantId: string
      name: string
      variantTitle: string | null
      quantity: number
      unitPriceMinor: number
      totalMinor: number
      imageUrl: string | null
    }[]
    totals: {
      subtotalMinor: number
      discountMinor: number
      shippingMinor: number
      taxMinor: number
      totalMinor: number
    }
    discount: { code: string } | null
    discountError: string | null
    taxName: string | null
    rates: { id: string; name: string; priceMinor: number; freeOverMinor: number | null }[]
    paymentOptions: { method: PaymentMethod; label: string; instructions: string | null }[]
  }
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })

function countryName(code: string) {
  try {
    return regionNames.of(code) ?? code
  } catch {
    return code
  }
}

export default function CheckoutPage({ shop, customer, countries, checkout, quote }: Props) {
  const address = checkout.shippingAddress ?? {}
  const form = useForm({
    email: checkout.email ?? '',
    customerName: checkout.customerName ?? '',
    phone: checkout.phone ?? '',
    shippingAddress: {
      line1: address.line1 ?? '',
      line2: address.line2 ?? '',
      city: address.city ?? '',
      region: address.region ?? '',
      postalCode: address.postalCode ?? '',
      country: address.country ?? (countries.length === 1 ? countries[0] : ''),
    },
    shippingRateId: checkout.shippingRateId ?? '',
    discountCode: checkout.discountCode ?? '',
    paymentMethod: checkout.paymentMethod ?? quote.paymentOptions[0]?.method ?? '',
  })
  const errors = form.errors as Record<string, string | undefined>
  const money = (minor: number) => formatMoney(minor, quote.currency)
  const checkoutUrl = `${shop.basePath}/checkout`
  const placeUrl = `${shop.basePath}/checkout/place`
  /** Saves the form so far (with `patch` applied); the page comes back with new totals. */
  const save = (patch: Partial<typeof form.data> = {}) =>
    router.put(
      checkoutUrl,
      { ...form.data, ...patch },
      {
        preserveScroll: true,
        preserveState: true,
        onSuccess: () => form.clearErrors(),
        onError: (problems) => form.setError(problems as never),
      }
    )
  const setAddress = (field: keyof Address, value: string) =>
    form.setData('shippingAddress', { ...form.data.shippingAddress, [field]: value })
  const chosenPayment = quote.paymentOptions.find(
    (option) => option.method === form.data.paymentMethod
  )

  return (
    <ShopLayout shop={shop}>
      <Head title={`Checkout · ${shop.name}`} />
      <AppForm action={placeUrl} onSubmit={() => form.post(placeUrl, { preserveScroll: true })}>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              <Title order={1}>Checkout</Title>
              <Text c="dimmed" fz="sm">
                Your items are held for you until {checkout.heldUntil}.
              </Text>

              <Card withBorder padding="lg" component="section" aria-labelledby="contact-title">
                <Stack gap="sm">
                  <Title order={2} fz="lg" id="contact-title">
                    Contact
                  </Title>
                  {customer ? (
                    <Text fz="sm">
                      Signed in as <strong>{customer.email}</strong>
                    </Text>
                  ) : (
                    <Text fz="sm">
                      Have an account?{' '}
                      <Anchor href={`${shop.basePath}/account/login`}>Sign in</Anchor>
                    </Text>
                  )}
                  <TextInput
                    label="Email"
                    name="email"
                    type="email"
                    autoComplete="email"
                    required
                    value={form.data.email}
                    onChange={(event) => form.setData('email', event.currentTarget.value)}
                    error={errors.email}
                  />
                  <TextInput
                    label="Full name"
                    name="customerName"
                    autoComplete="name"
                    required
                    value={form.data.customerName}
                    onChange={(event) => form.setData('customerName', event.currentTarget.value)}
                    error={errors.customerName}
                  />
                  <TextInput
                    label="Phone (optional)"
                    name="phone"
                    type="tel"
                    autoComplete="tel"
                    value={form.data.phone}
                    onChange={(event) => form.setData('phone', event.currentTarget.value)}
                    error={errors.phone}
                  />
                </Stack>
              </Card>

              <Card withBorder padding="lg" component="section" aria-labelledby="address-title">
                <Stack gap="sm">
                  <Title order={2} fz="lg" id="address-title">
                    Delivery address
                  </Title>
                  <TextInput
                    label="Address"
                    name="shippingAddress[line1]"
                    autoComplete="address-line1"
                    required
                    value={form.data.shippingAddress.line1}
                    onChange={(event) => setAddress('line1', event.currentTarget.value)}
                    error={errors['shippingAddress.line1']}
                  />
                  <TextInput
                    label="Apartment, suite (optional)"
                    name="shippingAddress[line2]"
                    autoComplete="address-line2"
                    value={form.data.shippingAddress.line2}
                    onChange={(event) => setAddress('line2', event.currentTarget.value)}
                    error={errors['shippingAddress.line2']}
                  />
                  <Group grow align="flex-start">
                    <TextInput
                      label="Town or city"
                      name="shippingAddress[city]"
                      autoComplete="address-level2"
                      required
                      value={form.data.shippingAddress.city}
                      onChange={(event) => setAddress('city', event.currentTarget.value)}
                      error={errors['shippingAddress.city']}
                    />
                    <TextInput
                      label="Postcode"
                      name="shippingAddress[postalCode]"
                      autoComplete="postal-code"
                      required
                      value={form.data.shippingAddress.postalCode}
                      onChange={(event) => setAddress('postalCode', event.currentTarget.value)}
                      error={errors['shippingAddress.postalCode']}
                    />
                  </Group>
                  {countries.length > 0 ? (
                    <Select
                      label="Country"
                      name="shippingAddress[country]"
                      required
                      searchable
                      data={countries.map((code) => ({ value: code, label: countryName(code) }))}
                      value={form.data.shippingAddress.country || null}
                      onChange={(value) => {
                        const shippingAddress = {
                          ...form.data.shippingAddress,
                          country: value ?? '',
                        }
                        form.setData('shippingAddress', shippingAddress)
                        save({ shippingAddress })
                      }}
                      error={errors['shippingAddress.country']}
                    />
                  ) : (
                    <TextInput
                      label="Country (2-letter code)"
                      name="shippingAddress[country]"
                      required
                      maxLength={2}
                      value={form.data.shippingAddress.country}
                      onChange={(event) =>
                        setAddress('country', event.currentTarget.value.toUpperCase())
                      }
                      onBlur={() => save()}
                      error={errors['shippingAddress.country']}
                    />
                  )}
                </Stack>
              </Card>

              {quote.rates.length > 0 && (
                <Card withBorder padding="lg" component="section">
                  <Radio.Group
                    label="Delivery"
                    name="shippingRateId"
                    value={form.data.shippingRateId}
                    onChange={(value) => {
                      form.setData('shippingRateId', value)
                      save({ shippingRateId: value })
                    }}
                    error={errors.shippingRateId}
                    labelProps={{ fz: 'lg', fw: 700, mb: 'xs' }}
                  >
                    <Stack gap="xs">
                      {quote.rates.map((rate) => (
                        <Radio
                          key={rate.id}
                          value={rate.id}
                          label={`${rate.name} · ${rate.priceMinor === 0 ? 'Free' : money(rate.priceMinor)}${
                            rate.freeOverMinor !== null
                              ? ` (free over ${money(rate.freeOverMinor)})`
                              : ''
                          }`}
                        />
                      ))}
                    </Stack>
                  </Radio.Group>
                </Card>
              )}

              <Card withBorder padding="lg" component="section">
                <Radio.Group
                  label="Payment"
                  name="paymentMethod"
                  value={form.data.paymentMethod}
                  onChange={(value) => form.setData('paymentMethod', value as PaymentMethod)}
                  error={errors.paymentMethod}
                  labelProps={{ fz: 'lg', fw: 700, mb: 'xs' }}
                >
                  <Stack gap="xs">
                    {quote.paymentOptions.map((option) => (
                      <Radio key={option.method} value={option.method} label={option.label} />
                    ))}
                  </Stack>
                </Radio.Group>
                {quote.paymentOptions.length === 0 && (
                  <Alert color="yellow" mt="sm">
                    This shop does not take payments online yet. Please contact the shop.
                  </Alert>
                )}
                {chosenPayment?.instructions && (
                  <Text fz="sm" c="dimmed" mt="sm" style={{ whiteSpace: 'pre-line' }}>
                    {chosenPayment.instructions}
                  </Text>
                )}
              </Card>
            </Stack>
          </Grid.Col>

          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder padding="lg" component="aside" aria-labelledby="summary-title">
              <Stack gap="sm">
                <Title order={2} fz="lg" id="summary-title">
                  Order summary
                </Title>
                {quote.lines.map((line) => (
                  <Group key={line.variantId} justify="space-between" wrap="nowrap">
                    <Text fz="sm">
                      {line.name}
                      {line.variantTitle ? ` (${line.variantTitle})` : ''} × {line.quantity}
                    </Text>
                    <Text fz="sm" fw={600}>
                      {money(line.unitPriceMinor * line.quantity)}
                    </Text>
                  </Group>
                ))}
                <Divider />
                <Group align="flex-start" gap="xs" wrap="nowrap">
                  <TextInput
                    label="Discount code"
                    name="discountCode"
                    value={form.data.discountCode}
                    onChange={(event) => form.setData('discountCode', event.currentTarget.value)}
                    error={errors.discountCode ?? quote.discountError ?? undefined}
                    style={{ flex: 1 }}
                  />
                  <Button variant="default" mt={25} onClick={() => save()}>
                    Apply
                  </Button>
                </Group>
                <Divider />
                <Group justify="space-between">
                  <Text fz="sm">Subtotal</Text>
                  <Text fz="sm">{money(quote.totals.subtotalMinor)}</Text>
                </Group>
                {quote.totals.discountMinor > 0 && (
                  <Group justify="space-between">
                    <Text fz="sm">Discount ({quote.discount?.code})</Text>
                    <Text fz="sm" c="green.8" data-discount>
                      −{money(quote.totals.discountMinor)}
                    </Text>
                  </Group>
                )}
                <Group justify="space-between">
                  <Text fz="sm">Shipping</Text>
                  <Text fz="sm">
                    {form.data.shippingRateId || quote.rates.length === 0
                      ? money(quote.totals.shippingMinor)
                      : 'Choose a delivery option'}
                  </Text>
                </Group>
                <Group justify="space-between">
                  <Text fz="sm">
                    {quote.pricesIncludeTax ? 'Including' : 'Plus'} {quote.taxName ?? 'tax'}
                  </Text>
                  <Text fz="sm">{money(quote.totals.taxMinor)}</Text>
                </Group>
                <Divider />
                <Group justify="space-between">
                  <Text fw={800}>Total</Text>
                  <Text fw={800} fz="xl" data-total>
                    {money(quote.totals.totalMinor)}
                  </Text>
                </Group>
                <Button
                  type="submit"
                  size="lg"
                  color={shop.brandColor}
                  autoContrast
                  loading={form.processing}
                  disabled={quote.paymentOptions.length === 0}
                >
                  {form.data.paymentMethod === 'stripe' ? 'Continue to payment' : 'Place order'}
                </Button>
                <Anchor href={`${shop.basePath}/cart`} fz="sm" ta="center">
                  Back to cart
                </Anchor>
              </Stack>
            </Card>
          </Grid.Col>
        </Grid>
      </AppForm>
    </ShopLayout>
  )
}

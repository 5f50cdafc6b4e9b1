import { useEffect, useState, type ReactNode } from 'react'
import { useForm, usePage } from '@inertiajs/react'
import {
  Anchor,
  Box,
  Button,
  Checkbox,
  Container,
  Group,
  Image,
  Indicator,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core'
import { IconHeart, IconSearch, IconShoppingBag, IconUser } from '@tabler/icons-react'
import { FlashMessages } from '~/components/flash_messages'
import { AppForm } from '~/components/app_form'
import type { ShopBrand } from '~/layouts/shop_brand'

export type { ShopBrand, ShopLink } from '~/layouts/shop_brand'

/** Black or white, whichever reads better on the brand colour (WCAG luminance). */
export function textOn(hex: string) {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex)
  if (!match) return '#fff'
  const value = Number.parseInt(match[1], 16)
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#111' : '#fff'
}

function SearchBox({ basePath, color }: { basePath: string; color: string }) {
  const initial =
    typeof window === 'undefined'
      ? ''
      : (new URLSearchParams(window.location.search).get('q') ?? '')
  const [text, setText] = useState(initial)
  return (
    <form
      action={`${basePath}/search`}
      method="get"
      role="search"
      style={{ flex: 1, maxWidth: 480 }}
    >
      <TextInput
        name="q"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        placeholder="Search products"
        aria-label="Search products"
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSectionWidth={80}
        rightSection={
          <Button type="submit" size="compact-sm" color={color} variant="filled">
            Search
          </Button>
        }
      />
    </form>
  )
}

function NewsletterForm({
  basePath,
  shopName,
  color,
}: {
  basePath: string
  shopName: string
  color: string
}) {
  const form = useForm({ email: '', consent: false })
  const action = `${basePath}/newsletter`
  return (
    <AppForm
      action={action}
      onSubmit={() => form.post(action, { preserveScroll: true, onSuccess: () => form.reset() })}
    >
      <Stack gap="xs" maw={420}>
        <Title order={2} fz="md">
          Newsletter
        </Title>
        <TextInput
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={form.data.email}
          onChange={(event) => form.setData('email', event.currentTarget.value)}
          error={form.errors.email}
        />
        <Checkbox
          name="consent"
          value="true"
          label={`I agree to receive the ${shopName} newsletter by email. I can unsubscribe at any time.`}
          checked={form.data.consent}
          onChange={(event) => form.setData('consent', event.currentTarget.checked)}
          error={form.errors.consent}
        />
        <Button
          type="submit"
          color={color}
          autoContrast
          loading={form.processing}
          style={{ alignSelf: 'flex-start' }}
        >
          Subscribe
        </Button>
      </Stack>
    </AppForm>
  )
}

/**
 * Scripts the workspace's modules add to the shop (the chat launcher…),
 * loaded once per page view, after the page is interactive.
 */
function useShopEmbeds() {
  const { shopEmbeds } = usePage().props
  useEffect(() => {
    for (const embed of shopEmbeds ?? []) {
      if (document.querySelector(`script[src="${CSS.escape(embed.src)}"]`)) continue
      const script = document.createElement('script')
      script.src = embed.src
      script.async = true
      for (const [name, value] of Object.entries(embed.attributes)) script.setAttribute(name, value)
      document.body.append(script)
    }
  }, [shopEmbeds])
}

/**
 * The branded frame of a workspace's storefront: skip link, header with
 * the shop's menu, search, account, wishlist and cart, and a footer with
 * its content pages and newsletter sign-up.
 */
export function ShopLayout({ shop, children }: { shop: ShopBrand; children: ReactNode }) {
  const ink = textOn(shop.brandColor)
  const full = shop.menu !== undefined
  const home = shop.basePath || '/'
  useShopEmbeds()
  useEffect(() => {
    // A page from the page cache sets no cookies; any uncached storefront
    // request (robots.txt is the lightest) starts the session and issues the
    // XSRF-TOKEN cookie that the shop's forms send.
    if (!document.cookie.split('; ').some((cookie) => cookie.startsWith('XSRF-TOKEN='))) {
      void fetch(`${shop.basePath}/robots.txt`, { credentials: 'same-origin' })
    }
  }, [shop.basePath])
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <FlashMessages />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Box component="header" style={{ background: shop.brandColor, color: ink }}>
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Anchor href={home} c={ink} fw={800} fz="xl" underline="never" className="shop-focus">
              {shop.logoUrl ? (
                <Image src={shop.logoUrl} alt={shop.name} h={36} w="auto" fit="contain" />
              ) : (
                shop.name
              )}
            </Anchor>
            {full && (
              <Box visibleFrom="sm" style={{ flex: 1, display: 'flex', justifyContent: 'center' }}>
                <SearchBox basePath={shop.basePath} color="dark" />
              </Box>
            )}
            <Group gap="md" wrap="nowrap">
              <Anchor href={`${shop.basePath}/account`} c={ink} fw={600} className="shop-focus">
                <Group gap={4} wrap="nowrap">
                  <IconUser size={18} aria-hidden="true" />
                  <span>{shop.customerName ? 'Account' : 'Sign in'}</span>
                </Group>
              </Anchor>
              {full && shop.customerName && (
                <Anchor
                  href={`${shop.basePath}/wishlist`}
                  c={ink}
                  aria-label="Wishlist"
                  className="shop-focus"
                >
                  <IconHeart size={20} aria-hidden="true" />
                </Anchor>
              )}
              {full && (
                <UnstyledButton
                  component="a"
                  href={`${shop.basePath}/cart`}
                  aria-label={`Cart, ${shop.cartItemCount ?? 0} ${shop.cartItemCount === 1 ? 'item' : 'items'}`}
                  c={ink}
                  className="shop-focus"
                  data-cart-count={shop.cartItemCount ?? 0}
                >
                  <Indicator
                    label={shop.cartItemCount}
                    disabled={!shop.cartItemCount}
                    size={18}
                    color="dark"
                  >
                    <IconShoppingBag size={22} aria-hidden="true" />
                  </Indicator>
                </UnstyledButton>
              )}
            </Group>
          </Group>
          {full && (
            <Box hiddenFrom="sm" mt="sm">
              <SearchBox basePath={shop.basePath} color="dark" />
            </Box>
          )}
        </Container>
        {full && shop.menu!.length > 0 && (
          <Box component="nav" aria-label="Shop menu" style={{ borderTop: `1px solid ${ink}33` }}>
            <Container size="lg">
              <Group gap="lg" py={8} wrap="nowrap" style={{ overflowX: 'auto' }}>
                {shop.menu!.map((link) => (
                  <Anchor
                    key={link.href}
                    href={link.href}
                    c={ink}
                    fw={500}
                    fz="sm"
                    style={{ whiteSpace: 'nowrap' }}
                    className="shop-focus"
                  >
                    {link.label}
                  </Anchor>
                ))}
              </Group>
            </Container>
          </Box>
        )}
      </Box>
      <Container
        size="lg"
        py="xl"
        component="main"
        id="main"
        w="100%"
        style={{ flex: 1, ['--mantine-color-anchor' as string]: 'var(--mantine-color-text)' }}
      >
        {children}
      </Container>
      <Box component="footer" py="xl" bg="var(--mantine-color-default-hover)">
        <Container size="lg">
          {full ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
              <Stack gap="xs">
                <Title order={2} fz="md">
                  {shop.name}
                </Title>
                <Box component="nav" aria-label="Shop information">
                  <Stack gap={4}>
                    {(shop.footerLinks ?? []).map((link) => (
                      <Anchor
                        key={link.href}
                        href={link.href}
                        fz="sm"
                        c="var(--mantine-color-text)"
                        underline="always"
                      >
                        {link.label}
                      </Anchor>
                    ))}
                  </Stack>
                </Box>
              </Stack>
              <NewsletterForm
                basePath={shop.basePath}
                shopName={shop.name}
                color={shop.brandColor}
              />
            </SimpleGrid>
          ) : null}
          <Text fz="xs" c="dimmed" mt={full ? 'xl' : 0}>
            © {new Date().getFullYear()} {shop.name}
          </Text>
        </Container>
      </Box>
    </Box>
  )
}

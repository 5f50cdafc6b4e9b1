import { useState } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  ColorInput,
  CopyButton,
  FileInput,
  Group,
  Image,
  MultiSelect,
  Select,
  Stack,
  Switch,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import {
  IconArrowDown,
  IconArrowUp,
  IconCheck,
  IconCopy,
  IconPhoto,
  IconPlus,
  IconTrash,
  IconWorldWww,
} from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'
import { DescriptionEditor } from '../../components/catalog/rich_text_editor'

type Option = { value: string; label: string }
type MenuItem = { label: string; href: string }
type ShopPage = { id: string; slug: string; title: string; bodyHtml: string; published: boolean }

type Props = {
  tab: string
  theme: {
    logoUrl: string | null
    accentColor: string
    heroTitle: string
    heroText: string
    heroImageUrl: string | null
    featuredCategoryIds: string[]
  }
  categories: Option[]
  menu: MenuItem[]
  pages: ShopPage[]
  domain: {
    domain: string | null
    verifiedAt: string | null
    record: { name: string; value: string } | null
  }
  payments: {
    bankTransfer: { enabled: boolean; instructions: string | null }
    cashOnDelivery: { enabled: boolean }
  }
  stripe: {
    accountId: string
    chargesEnabled: boolean
    payoutsEnabled: boolean
    detailsSubmitted: boolean
  } | null
  stripeConnectUrl: string | null
  shopUrl: string
}

function firstError(errors: Record<string, string>, prefix: string) {
  return errors[prefix] ?? Object.entries(errors).find(([key]) => key.startsWith(`${prefix}.`))?.[1]
}

function ThemePanel({ base, props }: { base: string; props: Props }) {
  const form = useForm({
    accent_color: props.theme.accentColor,
    hero_title: props.theme.heroTitle,
    hero_text: props.theme.heroText,
    featured_category_ids: props.theme.featuredCategoryIds,
    logo: null as File | null,
    remove_logo: false,
    hero_image: null as File | null,
    remove_hero_image: false,
  })
  const errors = form.errors as Record<string, string>
  const action = `${base}/theme`
  return (
    <AppForm
      action={action}
      method="put"
      encType="multipart/form-data"
      onSubmit={() =>
        form.post(`${action}?_method=PUT`, {
          forceFormData: true,
          preserveScroll: true,
          onSuccess: () => form.reset('logo', 'hero_image', 'remove_logo', 'remove_hero_image'),
        })
      }
    >
      <Stack maw={720}>
        <Group align="flex-end">
          {props.theme.logoUrl && (
            <Image src={props.theme.logoUrl} alt="Current logo" h={56} w="auto" fit="contain" />
          )}
          <FileInput
            label="Logo"
            placeholder="PNG, JPEG, GIF or WebP"
            accept="image/png,image/jpeg,image/gif,image/webp"
            leftSection={<IconPhoto size={16} />}
            clearable
            value={form.data.logo}
            onChange={(file) => form.setData('logo', file)}
            error={errors.logo}
            style={{ flex: 1 }}
          />
        </Group>
        {props.theme.logoUrl && (
          <Checkbox
            label="Remove the logo"
            checked={form.data.remove_logo}
            onChange={(event) => form.setData('remove_logo', event.currentTarget.checked)}
          />
        )}
        <ColorInput
          label="Accent colour"
          description="Buttons, links and highlights in your shop."
          format="hex"
          maw={260}
          value={form.data.accent_color}
          onChange={(value) => form.setData('accent_color', value)}
          error={errors.accent_color}
        />
        <TextInput
          label="Hero title"
          placeholder="Clean beauty, made in Paris"
          value={form.data.hero_title}
          onChange={(event) => form.setData('hero_title', event.currentTarget.value)}
          error={errors.hero_title}
        />
        <Textarea
          label="Hero text"
          autosize
          minRows={2}
          value={form.data.hero_text}
          onChange={(event) => form.setData('hero_text', event.currentTarget.value)}
          error={errors.hero_text}
        />
        <Group align="flex-end">
          {props.theme.heroImageUrl && (
            <Image
              src={props.theme.heroImageUrl}
              alt="Current hero image"
              h={80}
              w="auto"
              radius="sm"
            />
          )}
          <FileInput
            label="Hero image"
            placeholder="A wide photo, up to 4 MB"
            accept="image/png,image/jpeg,image/gif,image/webp"
            leftSection={<IconPhoto size={16} />}
            clearable
            value={form.data.hero_image}
            onChange={(file) => form.setData('hero_image', file)}
            error={errors.hero_image}
            style={{ flex: 1 }}
          />
        </Group>
        {props.theme.heroImageUrl && (
          <Checkbox
            label="Remove the hero image"
            checked={form.data.remove_hero_image}
            onChange={(event) => form.setData('remove_hero_image', event.currentTarget.checked)}
          />
        )}
        <MultiSelect
          label="Featured categories"
          description="Shown on your home page, up to 8."
          searchable
          maxValues={8}
          data={props.categories}
          value={form.data.featured_category_ids}
          onChange={(ids) => form.setData('featured_category_ids', ids)}
          error={firstError(errors, 'featured_category_ids')}
        />
        <Group>
          <Button type="submit" loading={form.processing}>
            Save theme
          </Button>
          <Anchor href={props.shopUrl} target="_blank" fz="sm">
            View your shop
          </Anchor>
        </Group>
      </Stack>
    </AppForm>
  )
}

function MenuPanel({ base, menu }: { base: string; menu: MenuItem[] }) {
  const form = useForm({ menu })
  const errors = form.errors as Record<string, string>
  const items = form.data.menu
  const update = (index: number, patch: Partial<MenuItem>) =>
    form.setData(
      'menu',
      items.map((item, position) => (position === index ? { ...item, ...patch } : item))
    )
  const move = (index: number, by: number) => {
    const next = [...items]
    const [item] = next.splice(index, 1)
    next.splice(index + by, 0, item)
    form.setData('menu', next)
  }
  return (
    <AppForm
      action={`${base}/menu`}
      method="put"
      onSubmit={() => form.put(`${base}/menu`, { preserveScroll: true })}
    >
      <Stack maw={720}>
        <Text fz="sm" c="dimmed">
          The links in your shop’s header, in this order. Use a path of your shop (starting with /)
          or a full address.
        </Text>
        {items.length === 0 && (
          <Text fz="sm" c="dimmed">
            No links yet: your shop shows its categories.
          </Text>
        )}
        {items.map((item, index) => (
          <Group key={index} align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={`Label of link ${index + 1}`}
              placeholder="Label"
              value={item.label}
              onChange={(event) => update(index, { label: event.currentTarget.value })}
              error={errors[`menu.${index}.label`]}
              w={180}
            />
            <TextInput
              aria-label={`Address of link ${index + 1}`}
              placeholder="/s/your-shop/pages/about"
              value={item.href}
              onChange={(event) => update(index, { href: event.currentTarget.value })}
              error={errors[`menu.${index}.href`]}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              aria-label="Move up"
              disabled={index === 0}
              onClick={() => move(index, -1)}
              mt={6}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label="Move down"
              disabled={index === items.length - 1}
              onClick={() => move(index, 1)}
              mt={6}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove link ${index + 1}`}
              onClick={() =>
                form.setData(
                  'menu',
                  items.filter((_, position) => position !== index)
                )
              }
              mt={6}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {errors.menu && (
          <Text c="red" fz="sm">
            {errors.menu}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            disabled={items.length >= 12}
            onClick={() => form.setData('menu', [...items, { label: '', href: '' }])}
          >
            Add link
          </Button>
          <Button type="submit" loading={form.processing}>
            Save menu
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

function PageEditor({ base, page }: { base: string; page: ShopPage }) {
  const form = useForm({ title: page.title, body_html: page.bodyHtml, published: page.published })
  const action = `${base}/pages/${page.id}`
  return (
    <AppForm
      action={action}
      method="put"
      onSubmit={() => form.put(action, { preserveScroll: true })}
    >
      <Stack>
        <TextInput
          label="Title"
          required
          value={form.data.title}
          onChange={(event) => form.setData('title', event.currentTarget.value)}
          error={form.errors.title}
        />
        <DescriptionEditor
          label="Text"
          value={form.data.body_html}
          onChange={(html) => form.setData('body_html', html)}
          error={form.errors.body_html}
        />
        <Switch
          label="Published"
          checked={form.data.published}
          onChange={(event) => form.setData('published', event.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={form.processing}>
            Save page
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

function PagesPanel({ base, pages }: { base: string; pages: ShopPage[] }) {
  const [selected, setSelected] = useState<string | null>(pages[0]?.id ?? null)
  const page = pages.find((candidate) => candidate.id === selected)
  return (
    <Stack maw={860}>
      <Select
        label="Page"
        maw={320}
        data={pages.map((candidate) => ({
          value: candidate.id,
          label: `${candidate.title}${candidate.published ? '' : ' (hidden)'}`,
        }))}
        value={selected}
        onChange={setSelected}
        allowDeselect={false}
      />
      {page && <PageEditor key={page.id} base={base} page={page} />}
    </Stack>
  )
}

function DomainPanel({ base, domain }: { base: string; domain: Props['domain'] }) {
  const form = useForm({ domain: domain.domain ?? '' })
  const verify = useForm({})
  return (
    <Stack maw={720}>
      <Text fz="sm" c="dimmed">
        Serve your shop on your own domain, such as shop.example.com. Point the domain at this
        platform with your DNS provider, then prove it is yours with a TXT record.
      </Text>
      <AppForm
        action={`${base}/domain`}
        method="put"
        onSubmit={() => form.put(`${base}/domain`, { preserveScroll: true })}
      >
        <Group align="flex-start">
          <TextInput
            aria-label="Domain"
            placeholder="shop.example.com"
            leftSection={<IconWorldWww size={16} />}
            value={form.data.domain}
            onChange={(event) => form.setData('domain', event.currentTarget.value)}
            error={form.errors.domain}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={form.processing}>
            Save domain
          </Button>
        </Group>
      </AppForm>
      {domain.domain && (
        <Card withBorder padding="md">
          <Group justify="space-between" mb="sm">
            <Text fw={600}>{domain.domain}</Text>
            {domain.verifiedAt ? (
              <Badge color="green" leftSection={<IconCheck size={12} />}>
                Verified
              </Badge>
            ) : (
              <Badge color="orange">Waiting for verification</Badge>
            )}
          </Group>
          {domain.record && !domain.verifiedAt && (
            <Stack gap="xs">
              <Text fz="sm">Create this TXT record with your DNS provider:</Text>
              {(
                [
                  ['Name', domain.record.name],
                  ['Value', domain.record.value],
                ] as const
              ).map(([label, value]) => (
                <Group key={label} gap="xs" wrap="nowrap">
                  <Text fz="sm" w={50}>
                    {label}
                  </Text>
                  <Code style={{ flex: 1, overflowWrap: 'anywhere' }}>{value}</Code>
                  <CopyButton value={value}>
                    {({ copied, copy }) => (
                      <ActionIcon
                        variant="subtle"
                        onClick={copy}
                        aria-label={`Copy the ${label.toLowerCase()}`}
                      >
                        {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                      </ActionIcon>
                    )}
                  </CopyButton>
                </Group>
              ))}
              <AppForm
                action={`${base}/domain/verify`}
                onSubmit={() => verify.post(`${base}/domain/verify`, { preserveScroll: true })}
              >
                <Button type="submit" variant="light" mt="xs" loading={verify.processing}>
                  Check the record
                </Button>
              </AppForm>
            </Stack>
          )}
          {domain.verifiedAt && (
            <Text fz="sm" c="dimmed">
              Verified on {new Date(domain.verifiedAt).toLocaleString()}. Your shop answers on this
              domain.
            </Text>
          )}
          <Button
            variant="subtle"
            color="red"
            size="xs"
            mt="sm"
            onClick={() =>
              confirmAction({
                title: `Disconnect ${domain.domain}?`,
                message: 'Your shop stops answering on it; its platform address keeps working.',
                confirmLabel: 'Disconnect',
                onConfirm: () => router.delete(`${base}/domain`, { preserveScroll: true }),
              })
            }
          >
            Disconnect the domain
          </Button>
        </Card>
      )}
    </Stack>
  )
}

function PaymentsPanel({ base, props }: { base: string; props: Props }) {
  const form = useForm({
    bank_transfer_enabled: props.payments.bankTransfer.enabled,
    bank_transfer_instructions: props.payments.bankTransfer.instructions ?? '',
    cash_on_delivery_enabled: props.payments.cashOnDelivery.enabled,
  })
  const stripe = props.stripe
  return (
    <Stack maw={720}>
      <Card withBorder padding="md">
        <Title order={3} fz="md" mb="xs">
          Card payments with Stripe
        </Title>
        {stripe ? (
          <Stack gap="xs">
            <Group gap="xs">
              <Badge color={stripe.chargesEnabled ? 'green' : 'orange'}>
                {stripe.chargesEnabled ? 'Accepting payments' : 'Payments not enabled yet'}
              </Badge>
              <Badge color={stripe.payoutsEnabled ? 'green' : 'gray'} variant="light">
                {stripe.payoutsEnabled ? 'Payouts on' : 'Payouts pending'}
              </Badge>
            </Group>
            <Text fz="sm" c="dimmed">
              Connected account {stripe.accountId}
            </Text>
            {!stripe.detailsSubmitted && props.stripeConnectUrl && (
              <Button component="a" href={props.stripeConnectUrl} variant="light" w="fit-content">
                Finish Stripe onboarding
              </Button>
            )}
          </Stack>
        ) : props.stripeConnectUrl ? (
          <Stack gap="xs">
            <Text fz="sm">Connect your own Stripe account: card payments go straight to it.</Text>
            <Button component="a" href={props.stripeConnectUrl} w="fit-content">
              Connect with Stripe
            </Button>
          </Stack>
        ) : (
          <Text fz="sm" c="dimmed">
            Card payments are not available on this platform yet; use the manual methods below.
          </Text>
        )}
      </Card>
      <AppForm
        action={`${base}/payments`}
        method="put"
        onSubmit={() => form.put(`${base}/payments`, { preserveScroll: true })}
      >
        <Card withBorder padding="md">
          <Title order={3} fz="md" mb="xs">
            Manual payment methods
          </Title>
          <Text fz="sm" c="dimmed" mb="md">
            Orders paid this way wait until you mark them as paid.
          </Text>
          <Stack>
            <Switch
              label="Bank transfer"
              checked={form.data.bank_transfer_enabled}
              onChange={(event) =>
                form.setData('bank_transfer_enabled', event.currentTarget.checked)
              }
            />
            {form.data.bank_transfer_enabled && (
              <Textarea
                label="Instructions shown to the customer"
                placeholder="IBAN, BIC and the reference to use"
                autosize
                minRows={3}
                value={form.data.bank_transfer_instructions}
                onChange={(event) =>
                  form.setData('bank_transfer_instructions', event.currentTarget.value)
                }
                error={form.errors.bank_transfer_instructions}
              />
            )}
            <Switch
              label="Cash on delivery"
              checked={form.data.cash_on_delivery_enabled}
              onChange={(event) =>
                form.setData('cash_on_delivery_enabled', event.currentTarget.checked)
              }
            />
            {(form.errors as Record<string, string>).cash_on_delivery_enabled && (
              <Alert color="red">
                {(form.errors as Record<string, string>).cash_on_delivery_enabled}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={form.processing}>
                Save payment methods
              </Button>
            </Group>
          </Stack>
        </Card>
      </AppForm>
    </Stack>
  )
}

export default function ShopSettings(props: Props) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/storefront/settings`
  const [tab, setTab] = useState<string>(props.tab)
  return (
    <AppLayout>
      <Head title="Shop settings" />
      <PageHeader
        title="Shop settings"
        description="How your shop looks, reads and takes payment."
      />
      <Card withBorder padding="lg">
        <Tabs value={tab} onChange={(value) => setTab(value ?? 'theme')} keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="theme">Theme</Tabs.Tab>
            <Tabs.Tab value="menu">Navigation menu</Tabs.Tab>
            <Tabs.Tab value="pages">Pages</Tabs.Tab>
            <Tabs.Tab value="domain">Domain</Tabs.Tab>
            <Tabs.Tab value="payments">Payments</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="theme">
            <ThemePanel base={base} props={props} />
          </Tabs.Panel>
          <Tabs.Panel value="menu">
            <MenuPanel base={base} menu={props.menu} />
          </Tabs.Panel>
          <Tabs.Panel value="pages">
            <PagesPanel base={base} pages={props.pages} />
          </Tabs.Panel>
          <Tabs.Panel value="domain">
            <DomainPanel base={base} domain={props.domain} />
          </Tabs.Panel>
          <Tabs.Panel value="payments">
            <PaymentsPanel base={base} props={props} />
          </Tabs.Panel>
        </Tabs>
      </Card>
    </AppLayout>
  )
}

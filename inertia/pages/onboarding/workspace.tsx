import { useEffect, useRef, useState } from 'react'
import { Head, useForm } from '@inertiajs/react'
import {
  Button,
  ColorInput,
  FileInput,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconPhoto } from '@tabler/icons-react'
import { AuthLayout } from '~/layouts/auth_layout'
import { SlugField } from '~/components/slug_field'
import {
  browserTimezone,
  countryOptions,
  currencyOptions,
  languageOptions,
  slugify,
} from '~/components/locale_options'
import { AppForm } from '~/components/app_form'

export default function OnboardingWorkspace(props: {
  countries: string[]
  currencies: string[]
  timezones: string[]
  languages: string[]
  countryCurrency: Record<string, string>
  platformDomain: string
}) {
  const [slugEdited, setSlugEdited] = useState(false)
  const form = useForm<{
    business_name: string
    slug: string
    industry: 'beauty' | 'general'
    country: string
    currency: string
    timezone: string
    locale: string
    brand_color: string
    logo: File | null
  }>({
    business_name: '',
    slug: '',
    industry: 'beauty',
    country: 'GB',
    currency: 'GBP',
    timezone: 'UTC',
    locale: 'en',
    brand_color: '#ae3ec9',
    logo: null,
  })

  // The server cannot know the visitor's time zone: take the browser's,
  // once, after hydration.
  const detected = useRef(false)
  useEffect(() => {
    if (detected.current) {
      return
    }
    detected.current = true
    const timezone = browserTimezone()
    if (props.timezones.includes(timezone)) {
      form.setData('timezone', timezone)
    }
  })

  return (
    <AuthLayout
      title="Set up your workspace"
      subtitle="Step 2 of 2 — tell us about your business. You can change all of this later."
    >
      <Head title="Set up your workspace" />
      <AppForm
        action="/onboarding/workspace"
        encType="multipart/form-data"
        onSubmit={() => {
          form.post('/onboarding/workspace', { forceFormData: true })
        }}
      >
        <Stack>
          <TextInput
            label="Business name"
            name="business_name"
            required
            value={form.data.business_name}
            onChange={(event) => {
              const name = event.currentTarget.value
              form.setData((data) => ({
                ...data,
                business_name: name,
                slug: slugEdited ? data.slug : slugify(name),
              }))
            }}
            error={form.errors.business_name}
            data-autofocus
          />
          <SlugField
            value={form.data.slug}
            onChange={(slug) => {
              setSlugEdited(true)
              form.setData('slug', slug)
            }}
            error={form.errors.slug}
            platformDomain={props.platformDomain}
          />
          <Radio.Group
            label="Industry"
            name="industry"
            value={form.data.industry}
            onChange={(value) => form.setData('industry', value as 'beauty' | 'general')}
            error={form.errors.industry}
          >
            <Stack gap="xs" mt={4}>
              <Radio
                value="beauty"
                label="Beauty & cosmetics"
                description="Products come with ingredients, skin types, concerns and finish."
              />
              <Radio
                value="general"
                label="General retail"
                description="Start with a plain catalog."
              />
            </Stack>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Country"
              searchable
              data={countryOptions(props.countries)}
              value={form.data.country}
              onChange={(value) =>
                form.setData((data) => ({
                  ...data,
                  country: value ?? '',
                  currency: props.countryCurrency[value ?? ''] ?? data.currency,
                }))
              }
              error={form.errors.country}
              allowDeselect={false}
            />
            <Select
              label="Currency"
              searchable
              data={currencyOptions(props.currencies)}
              value={form.data.currency}
              onChange={(value) => form.setData('currency', value ?? '')}
              error={form.errors.currency}
              allowDeselect={false}
            />
            <Select
              label="Time zone"
              searchable
              data={props.timezones}
              value={form.data.timezone}
              onChange={(value) => form.setData('timezone', value ?? '')}
              error={form.errors.timezone}
              allowDeselect={false}
            />
            <Select
              label="Language"
              data={languageOptions(props.languages)}
              value={form.data.locale}
              onChange={(value) => form.setData('locale', value ?? '')}
              error={form.errors.locale}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Group grow align="flex-start">
            <FileInput
              label="Logo (optional)"
              description="PNG, JPEG, GIF or WebP, up to 2 MB"
              placeholder="Choose an image"
              accept="image/png,image/jpeg,image/gif,image/webp"
              leftSection={<IconPhoto size={16} />}
              clearable
              value={form.data.logo}
              onChange={(file) => form.setData('logo', file)}
              error={form.errors.logo}
            />
            <ColorInput
              label="Brand colour"
              value={form.data.brand_color}
              onChange={(value) => form.setData('brand_color', value)}
              error={form.errors.brand_color}
              format="hex"
            />
          </Group>
          {form.progress && (
            <Text fz="xs" c="dimmed">
              Uploading… {form.progress.percentage}%
            </Text>
          )}
          <Button type="submit" loading={form.processing} fullWidth>
            Create workspace
          </Button>
        </Stack>
      </AppForm>
    </AuthLayout>
  )
}

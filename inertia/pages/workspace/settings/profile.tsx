import { Head, useForm } from '@inertiajs/react'
import { Alert, Button, Card, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { SlugField } from '~/components/slug_field'
import { countryOptions, currencyOptions, languageOptions } from '~/components/locale_options'
import { useSharedProps } from '~/hooks/use_shared_props'
import { AppForm } from '~/components/app_form'

export default function WorkspaceProfile(props: {
  profile: {
    name: string
    slug: string
    previousSlugs: string[]
    country: string
    currency: string
    timezone: string
    locale: string
    industry: string
  }
  countries: string[]
  currencies: string[]
  timezones: string[]
  languages: string[]
  platformDomain: string
}) {
  const { shell } = useSharedProps()
  const canManage = shell?.permissions.includes('workspace.settings.manage') ?? false
  const form = useForm({
    business_name: props.profile.name,
    slug: props.profile.slug,
    country: props.profile.country,
    currency: props.profile.currency,
    timezone: props.profile.timezone,
    locale: props.profile.locale,
  })

  return (
    <AppLayout>
      <Head title="Workspace profile" />
      <PageHeader
        title="Workspace profile"
        description="Your business name, web address and locale."
      />
      <Card withBorder padding="lg" maw={720}>
        <AppForm
          action={`/app/${props.profile.slug}/settings/profile`}
          method="put"
          onSubmit={() => {
            form.put(`/app/${props.profile.slug}/settings/profile`)
          }}
        >
          <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0 }}>
            <Stack>
              {!canManage && (
                <Alert color="gray">Only owners and admins can change these settings.</Alert>
              )}
              <TextInput
                label="Business name"
                required
                value={form.data.business_name}
                onChange={(event) => form.setData('business_name', event.currentTarget.value)}
                error={form.errors.business_name}
              />
              <SlugField
                value={form.data.slug}
                onChange={(slug) => form.setData('slug', slug)}
                error={form.errors.slug}
                platformDomain={props.platformDomain}
                current={props.profile.slug}
              />
              {props.profile.previousSlugs.length > 0 && (
                <Text fz="xs" c="dimmed">
                  Former addresses that still redirect here:{' '}
                  {props.profile.previousSlugs.join(', ')}
                </Text>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label="Country"
                  searchable
                  data={countryOptions(props.countries)}
                  value={form.data.country}
                  onChange={(value) => form.setData('country', value ?? '')}
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
              {canManage && (
                <Button type="submit" loading={form.processing} style={{ alignSelf: 'flex-start' }}>
                  Save changes
                </Button>
              )}
            </Stack>
          </fieldset>
        </AppForm>
      </Card>
    </AppLayout>
  )
}

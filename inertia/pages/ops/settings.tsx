import { Head, useForm } from '@inertiajs/react'
import { Button, Card, NumberInput, Radio, Stack, Text, Title } from '@mantine/core'
import { OpsLayout } from '~/layouts/ops_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'

export default function OpsSettings(props: {
  settings: { graceDays: number; restrictedStorefront: 'keep_selling' | 'maintenance' }
}) {
  const form = useForm({
    grace_days: props.settings.graceDays as number | string,
    restricted_storefront: props.settings.restrictedStorefront as string,
  })

  return (
    <OpsLayout>
      <Head title="Settings · Operator console" />
      <PageHeader
        title="Settings"
        description="How the platform treats workspaces that do not pay."
      />
      <AppForm action="/ops/settings" method="put" onSubmit={() => form.put('/ops/settings')}>
        <Card withBorder padding="lg" maw={640}>
          <Stack>
            <Title order={2} fz="md">
              Billing
            </Title>
            <NumberInput
              label="Grace period (days)"
              description="How long a workspace whose payment failed keeps working before it is restricted"
              name="grace_days"
              min={0}
              max={90}
              allowDecimal={false}
              maw={420}
              value={form.data.grace_days}
              onChange={(value) => form.setData('grace_days', value)}
              error={form.errors.grace_days}
            />
            <Radio.Group
              label="A restricted workspace's storefront"
              description="Its back office is read-only except Billing either way."
              name="restricted_storefront"
              value={form.data.restricted_storefront}
              onChange={(value) => form.setData('restricted_storefront', value)}
              error={form.errors.restricted_storefront}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="keep_selling" label="Keeps selling" />
                <Radio value="maintenance" label="Shows a maintenance page" />
              </Stack>
            </Radio.Group>
            <Text fz="xs" c="dimmed">
              Changes apply from the next check of each workspace.
            </Text>
            <Button type="submit" loading={form.processing} w="fit-content">
              Save settings
            </Button>
          </Stack>
        </Card>
      </AppForm>
    </OpsLayout>
  )
}

import { useState } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'
import { formatMoney, toMajor, toMinor } from '~/lib/money'
import { countryName, countryOptions } from '../../components/sales/countries'

type Rate = { id: string; name: string; priceMinor: number; freeOverMinor: number | null }
type Zone = { id: string; name: string; countries: string[]; rates: Rate[] }

function ZoneForm({
  base,
  zone,
  countries,
  onDone,
}: {
  base: string
  zone: Zone | null
  countries: { value: string; label: string }[]
  onDone: () => void
}) {
  const form = useForm({ name: zone?.name ?? '', countries: zone?.countries ?? [] })
  const errors = form.errors as Record<string, string>
  const countriesError =
    errors.countries ?? Object.entries(errors).find(([key]) => key.startsWith('countries.'))?.[1]
  const action = zone ? `${base}/zones/${zone.id}` : `${base}/zones`
  return (
    <AppForm
      action={action}
      method={zone ? 'put' : 'post'}
      onSubmit={() => {
        const options = { preserveScroll: true, onSuccess: onDone }
        if (zone) form.put(action, options)
        else form.post(action, options)
      }}
    >
      <Stack>
        <TextInput
          label="Zone name"
          placeholder="Europe"
          required
          data-autofocus
          value={form.data.name}
          onChange={(event) => form.setData('name', event.currentTarget.value)}
          error={errors.name}
        />
        <MultiSelect
          label="Countries"
          searchable
          required
          data={countries}
          value={form.data.countries}
          onChange={(value) => form.setData('countries', value)}
          error={countriesError}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.processing}>
            {zone ? 'Save zone' : 'Create zone'}
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

function RateForm({
  base,
  zone,
  rate,
  currency,
  onDone,
}: {
  base: string
  zone: Zone
  rate: Rate | null
  currency: string
  onDone: () => void
}) {
  const [price, setPrice] = useState<number | ''>(
    rate ? Number(toMajor(rate.priceMinor, currency)) : ''
  )
  const [freeOver, setFreeOver] = useState<number | ''>(
    rate?.freeOverMinor ? Number(toMajor(rate.freeOverMinor, currency)) : ''
  )
  const form = useForm({ name: rate?.name ?? '' })
  const errors = form.errors as Record<string, string>
  const action = rate ? `${base}/rates/${rate.id}` : `${base}/zones/${zone.id}/rates`
  return (
    <AppForm
      action={action}
      method={rate ? 'put' : 'post'}
      onSubmit={() => {
        form.transform((data) => ({
          ...data,
          price_minor: toMinor(price, currency),
          free_over_minor: toMinor(freeOver, currency),
        }))
        const options = { preserveScroll: true, onSuccess: onDone }
        if (rate) form.put(action, options)
        else form.post(action, options)
      }}
    >
      <Stack>
        <TextInput
          label="Name shown at checkout"
          placeholder="Standard delivery"
          required
          data-autofocus
          value={form.data.name}
          onChange={(event) => form.setData('name', event.currentTarget.value)}
          error={errors.name}
        />
        <NumberInput
          label={`Price (${currency})`}
          required
          min={0}
          decimalScale={2}
          value={price}
          onChange={(value) => setPrice(value === '' ? '' : Number(value))}
          error={errors.price_minor}
        />
        <NumberInput
          label={`Free from an order of (${currency})`}
          description="Leave empty if this rate is never free."
          min={0}
          decimalScale={2}
          value={freeOver}
          onChange={(value) => setFreeOver(value === '' ? '' : Number(value))}
          error={errors.free_over_minor}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.processing}>
            {rate ? 'Save rate' : 'Add rate'}
          </Button>
        </Group>
      </Stack>
    </AppForm>
  )
}

export default function ShippingIndex(props: { zones: Zone[]; countries: string[] }) {
  const { shell } = useSharedProps()
  const currency = shell?.workspace.currency ?? 'EUR'
  const base = `/app/${shell?.workspace.slug}/storefront/shipping`
  const countries = countryOptions(props.countries)
  const [zoneDialog, setZoneDialog] = useState<Zone | 'new' | null>(null)
  const [rateDialog, setRateDialog] = useState<{ zone: Zone; rate: Rate | null } | null>(null)

  return (
    <AppLayout>
      <Head title="Shipping" />
      <PageHeader
        title="Shipping"
        description="Where you ship and what it costs. Checkout offers the rates of the zone holding the customer’s country."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setZoneDialog('new')}>
            New zone
          </Button>
        }
      />
      {props.zones.length === 0 && (
        <Card withBorder padding="lg">
          <Text c="dimmed">
            No shipping zones: customers cannot check out until you add one with a rate.
          </Text>
        </Card>
      )}
      <Stack>
        {props.zones.map((zone) => (
          <Card withBorder padding="md" key={zone.id}>
            <Group justify="space-between" mb="xs" align="flex-start">
              <div>
                <Title order={2} fz="lg">
                  {zone.name}
                </Title>
                <Group gap={4} mt={4}>
                  {zone.countries.map((code) => (
                    <Badge key={code} variant="light" size="sm">
                      {countryName(code)}
                    </Badge>
                  ))}
                </Group>
              </div>
              <Group gap={4}>
                <ActionIcon
                  variant="subtle"
                  aria-label={`Edit ${zone.name}`}
                  onClick={() => setZoneDialog(zone)}
                >
                  <IconPencil size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Delete ${zone.name}`}
                  onClick={() =>
                    confirmAction({
                      title: `Delete the zone ${zone.name}?`,
                      message: 'Its rates are deleted too; its countries can no longer check out.',
                      confirmLabel: 'Delete zone',
                      onConfirm: () =>
                        router.delete(`${base}/zones/${zone.id}`, { preserveScroll: true }),
                    })
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
            {zone.rates.length === 0 ? (
              <Text fz="sm" c="dimmed" my="sm">
                No rates yet.
              </Text>
            ) : (
              <Table verticalSpacing="xs">
                <Table.Tbody>
                  {zone.rates.map((rate) => (
                    <Table.Tr key={rate.id}>
                      <Table.Td>{rate.name}</Table.Td>
                      <Table.Td>
                        {rate.priceMinor === 0 ? 'Free' : formatMoney(rate.priceMinor, currency)}
                      </Table.Td>
                      <Table.Td c="dimmed" fz="sm">
                        {rate.freeOverMinor
                          ? `Free from ${formatMoney(rate.freeOverMinor, currency)}`
                          : ''}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            aria-label={`Edit ${rate.name}`}
                            onClick={() => setRateDialog({ zone, rate })}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`Delete ${rate.name}`}
                            onClick={() =>
                              confirmAction({
                                title: `Delete ${rate.name}?`,
                                message: 'Checkout will no longer offer this rate.',
                                confirmLabel: 'Delete rate',
                                onConfirm: () =>
                                  router.delete(`${base}/rates/${rate.id}`, {
                                    preserveScroll: true,
                                  }),
                              })
                            }
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Button
              variant="subtle"
              size="xs"
              mt="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setRateDialog({ zone, rate: null })}
            >
              Add rate
            </Button>
          </Card>
        ))}
      </Stack>
      <Modal
        opened={zoneDialog !== null}
        onClose={() => setZoneDialog(null)}
        title={zoneDialog === 'new' ? 'New shipping zone' : `Edit ${zoneDialog?.name ?? ''}`}
      >
        {zoneDialog !== null && (
          <ZoneForm
            base={base}
            zone={zoneDialog === 'new' ? null : zoneDialog}
            countries={countries}
            onDone={() => setZoneDialog(null)}
          />
        )}
      </Modal>
      <Modal
        opened={rateDialog !== null}
        onClose={() => setRateDialog(null)}
        title={
          rateDialog?.rate
            ? `Edit ${rateDialog.rate.name}`
            : `New rate for ${rateDialog?.zone.name ?? ''}`
        }
      >
        {rateDialog !== null && (
          <RateForm
            base={base}
            zone={rateDialog.zone}
            rate={rateDialog.rate}
            currency={currency}
            onDone={() => setRateDialog(null)}
          />
        )}
      </Modal>
    </AppLayout>
  )
}

import { useState } from 'react'
import { Head, router, useForm } from '@inertiajs/react'
import {
  ActionIcon,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Switch,
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
import { countryName, countryOptions } from '../../components/sales/countries'

type Rate = { id: string; country: string; name: string; rateBasisPoints: number }

function RateForm({
  base,
  rate,
  countries,
  onDone,
}: {
  base: string
  rate: Rate | null
  countries: { value: string; label: string }[]
  onDone: () => void
}) {
  const [percent, setPercent] = useState<number | ''>(rate ? rate.rateBasisPoints / 100 : '')
  const form = useForm({ country: rate?.country ?? '', name: rate?.name ?? '' })
  const errors = form.errors as Record<string, string>
  const action = rate ? `${base}/${rate.id}` : base
  return (
    <AppForm
      action={action}
      method={rate ? 'put' : 'post'}
      onSubmit={() => {
        form.transform((data) => ({
          ...data,
          rate_basis_points: percent === '' ? null : Math.round(Number(percent) * 100),
        }))
        const options = { preserveScroll: true, onSuccess: onDone }
        if (rate) form.put(action, options)
        else form.post(action, options)
      }}
    >
      <Stack>
        <Select
          label="Country"
          searchable
          required
          data={countries}
          value={form.data.country || null}
          onChange={(value) => form.setData('country', value ?? '')}
          error={errors.country}
        />
        <TextInput
          label="Name on invoices"
          placeholder="VAT"
          required
          value={form.data.name}
          onChange={(event) => form.setData('name', event.currentTarget.value)}
          error={errors.name}
        />
        <NumberInput
          label="Rate"
          suffix=" %"
          required
          min={0}
          max={100}
          decimalScale={2}
          value={percent}
          onChange={(value) => setPercent(value === '' ? '' : Number(value))}
          error={errors.rate_basis_points}
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

export default function TaxesIndex(props: {
  rates: Rate[]
  pricesIncludeTax: boolean
  countries: string[]
}) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/storefront/taxes`
  const countries = countryOptions(props.countries)
  const [dialog, setDialog] = useState<Rate | 'new' | null>(null)
  const setting = useForm({ prices_include_tax: props.pricesIncludeTax })

  return (
    <AppLayout>
      <Head title="Taxes" />
      <PageHeader
        title="Taxes"
        description="Sales tax by destination country. Countries without a rate are sold without tax."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog('new')}>
            New rate
          </Button>
        }
      />
      <Card withBorder padding="md" mb="lg">
        <Title order={2} fz="md" mb="xs">
          How you enter prices
        </Title>
        <AppForm
          action={`${base}/settings`}
          method="put"
          onSubmit={() => setting.put(`${base}/settings`, { preserveScroll: true })}
        >
          <Group justify="space-between" align="flex-end">
            <Switch
              label="Product prices include tax"
              description={
                setting.data.prices_include_tax
                  ? 'Customers pay the price shown; the tax is the part of it.'
                  : 'The tax of the customer’s country is added to the price at checkout.'
              }
              checked={setting.data.prices_include_tax}
              onChange={(event) =>
                setting.setData('prices_include_tax', event.currentTarget.checked)
              }
            />
            <Button
              type="submit"
              variant="light"
              loading={setting.processing}
              disabled={!setting.isDirty}
            >
              Save
            </Button>
          </Group>
        </AppForm>
      </Card>
      <Card withBorder padding={0}>
        {props.rates.length === 0 ? (
          <Text c="dimmed" p="lg">
            No tax rates yet.
          </Text>
        ) : (
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Country</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Rate</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rates.map((rate) => (
                <Table.Tr key={rate.id}>
                  <Table.Td>{countryName(rate.country)}</Table.Td>
                  <Table.Td>{rate.name}</Table.Td>
                  <Table.Td>{rate.rateBasisPoints / 100} %</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Edit the rate of ${countryName(rate.country)}`}
                        onClick={() => setDialog(rate)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Delete the rate of ${countryName(rate.country)}`}
                        onClick={() =>
                          confirmAction({
                            title: `Delete the rate of ${countryName(rate.country)}?`,
                            message: 'Orders to this country will be sold without tax.',
                            confirmLabel: 'Delete rate',
                            onConfirm: () =>
                              router.delete(`${base}/${rate.id}`, { preserveScroll: true }),
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
      </Card>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog === 'new' ? 'New tax rate' : 'Edit tax rate'}
      >
        {dialog !== null && (
          <RateForm
            base={base}
            rate={dialog === 'new' ? null : dialog}
            countries={countries}
            onDone={() => setDialog(null)}
          />
        )}
      </Modal>
    </AppLayout>
  )
}

import { Head, useForm } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  FileInput,
  Radio,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { AppForm } from '~/components/app_form'
import { RelativeTime } from '~/components/relative_time'
import { useSharedProps } from '~/hooks/use_shared_props'
import { CatalogTabs } from '../../../components/catalog/catalog_tabs'
import {
  IMPORT_MODE_LABELS,
  STATUS_LABELS,
  type ImportSummary,
} from '../../../components/catalog/imports'

export default function ImportsIndex(props: { imports: ImportSummary[]; columns: string[] }) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/storefront`
  const form = useForm<{ file: File | null; mode: string }>({ file: null, mode: 'dry_run' })

  return (
    <AppLayout>
      <Head title="Import products" />
      <PageHeader
        title="Import products"
        description="Create and update products from a CSV file, such as one exported from this page's list."
      />
      <CatalogTabs active="product-imports" canManage />
      <Stack gap="lg" maw={900}>
        <Card withBorder padding="lg">
          <AppForm
            action={`${base}/product-imports`}
            encType="multipart/form-data"
            onSubmit={() => form.post(`${base}/product-imports`, { forceFormData: true })}
          >
            <Stack>
              <FileInput
                label="CSV file"
                name="file"
                required
                accept=".csv,text/csv"
                placeholder="products.csv, up to 5 MB and 5,000 rows"
                leftSection={<IconFileSpreadsheet size={16} />}
                value={form.data.file}
                onChange={(file) => form.setData('file', file)}
                error={form.errors.file}
              />
              <Radio.Group
                label="How to import"
                name="mode"
                value={form.data.mode}
                onChange={(mode) => form.setData('mode', mode)}
                error={form.errors.mode}
              >
                <Stack gap="xs" mt="xs">
                  {Object.entries(IMPORT_MODE_LABELS).map(([value, label]) => (
                    <Radio key={value} value={value} label={label} />
                  ))}
                </Stack>
              </Radio.Group>
              <Button
                type="submit"
                leftSection={<IconUpload size={16} />}
                loading={form.processing}
                style={{ alignSelf: 'flex-start' }}
              >
                Start
              </Button>
            </Stack>
          </AppForm>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="xs">
            The file
          </Title>
          <Text fz="sm">
            The first line names the columns; only <Code>name</Code> is required. Rows whose{' '}
            <Code>slug</Code> matches a product update it; the others create products (as drafts
            unless <Code>status</Code> says otherwise). Columns:
          </Text>
          <Text fz="sm" mt="xs">
            {props.columns.map((column) => (
              <Code key={column} mr={6}>
                {column}
              </Code>
            ))}
            <Code>attribute:&lt;key&gt;</Code>
          </Text>
          <Text fz="sm" c="dimmed" mt="xs">
            Prices are amounts like 12.50; tags and multi-value attributes are separated by “|”;
            category is the web address of an existing category. Products with variants keep their
            variants’ prices and stock: edit those in the product form.
          </Text>
        </Card>

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Recent imports
          </Title>
          {props.imports.length === 0 ? (
            <Text c="dimmed" fz="sm">
              No imports yet.
            </Text>
          ) : (
            <Table verticalSpacing="xs">
              <Table.Tbody>
                {props.imports.map((record) => (
                  <Table.Tr key={record.id}>
                    <Table.Td>
                      <Anchor component={Link} href={`${base}/product-imports/${record.id}`}>
                        {record.fileName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{IMPORT_MODE_LABELS[record.mode]}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{STATUS_LABELS[record.status]}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <RelativeTime iso={record.createdAt} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </Stack>
    </AppLayout>
  )
}

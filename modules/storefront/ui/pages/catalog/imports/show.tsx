import { Head, usePoll } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconArrowLeft, IconCheck } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { useSharedProps } from '~/hooks/use_shared_props'
import {
  IMPORT_MODE_LABELS,
  STATUS_LABELS,
  type ImportSummary,
} from '../../../components/catalog/imports'

export default function ImportShow(props: { import: ImportSummary }) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/storefront`
  const record = props.import
  usePoll(1000, { only: ['import'] }, { autoStart: !record.finished })
  const checked = record.totalRows ? Math.round((record.processedRows / record.totalRows) * 100) : 0
  const badRows = new Set(record.errors.map((error) => error.row)).size

  return (
    <AppLayout>
      <Head title={`Import ${record.fileName}`} />
      <Anchor
        component={Link}
        href={`${base}/product-imports`}
        fz="sm"
        mb="xs"
        display="inline-block"
      >
        <Group gap={4}>
          <IconArrowLeft size={14} /> Imports
        </Group>
      </Anchor>
      <PageHeader
        title={`Import of ${record.fileName}`}
        description={IMPORT_MODE_LABELS[record.mode]}
      />
      <Stack gap="lg" maw={900}>
        <Card withBorder padding="lg" data-import-status={record.status}>
          <Group justify="space-between" mb="xs">
            <Text fw={600}>{STATUS_LABELS[record.status]}</Text>
            <Badge variant="light">
              {record.processedRows} of {record.totalRows} rows checked
            </Badge>
          </Group>
          <Progress
            value={record.finished ? 100 : checked}
            animated={!record.finished}
            aria-label="Progress"
          />
          {record.status === 'importing' && (
            <Text fz="sm" c="dimmed" mt="xs">
              Writing the products…
            </Text>
          )}
          {record.finished && record.message && (
            <Alert
              mt="md"
              color={record.status === 'failed' || badRows > 0 ? 'orange' : 'green'}
              icon={
                record.status === 'failed' || badRows > 0 ? (
                  <IconAlertTriangle size={18} />
                ) : (
                  <IconCheck size={18} />
                )
              }
            >
              {record.message}
            </Alert>
          )}
        </Card>

        {record.errors.length > 0 && (
          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb="sm">
              Problems ({badRows} {badRows === 1 ? 'row' : 'rows'})
            </Title>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {record.errors.map((error, index) => (
                  <Table.Tr key={index}>
                    <Table.Td>{error.row}</Table.Td>
                    <Table.Td>{error.field ?? '—'}</Table.Td>
                    <Table.Td>{error.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        )}
      </Stack>
    </AppLayout>
  )
}

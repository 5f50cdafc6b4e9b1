import { Head, router, useForm } from '@inertiajs/react'
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconCheck, IconCopy, IconKey, IconTrash } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { confirmAction } from '~/components/confirm'
import { AppForm } from '~/components/app_form'
import { useSharedProps } from '~/hooks/use_shared_props'

type Token = {
  id: number
  name: string
  scopes: string[]
  createdAt: string
  createdBy: string | null
  lastUsedAt: string | null
  expiresAt: string | null
  expired: boolean
}
type ScopeGroup = { module: string; name: string; scopes: { key: string; label: string }[] }

const LIFETIMES = [
  { value: '', label: 'Never (until revoked)' },
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
]

export default function ApiTokens(props: {
  tokens: Token[]
  scopeGroups: ScopeGroup[]
  createdToken: { name: string; value: string } | null
  canManage: boolean
}) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/settings/api-tokens`
  const form = useForm<{ name: string; scopes: string[]; expiresInDays: string }>({
    name: '',
    scopes: [],
    expiresInDays: '',
  })
  const errors = form.errors as Record<string, string | undefined>

  return (
    <AppLayout>
      <Head title="API tokens" />
      <PageHeader
        title="API tokens"
        description="Let another system (a mobile app, a headless storefront, an automation) use this workspace's REST API at /api/v1."
      />
      <Stack gap="lg" maw={960}>
        {props.createdToken && (
          <Alert color="green" title={`Your new token "${props.createdToken.name}"`}>
            <Stack gap="xs">
              <Text fz="sm">
                Copy it now and keep it somewhere safe: it will not be shown again. Send it as{' '}
                <Code>Authorization: Bearer …</Code>
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="new-token">
                  {props.createdToken.value}
                </Code>
                <CopyButton value={props.createdToken.value}>
                  {({ copied, copy }) => (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={copy}
                      leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                    >
                      {copied ? 'Copied' : 'Copy'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}

        {props.canManage && (
          <Card withBorder padding="lg">
            <Title order={2} fz="md" mb="sm">
              Create a token
            </Title>
            {props.scopeGroups.length === 0 ? (
              <Text c="dimmed" fz="sm">
                None of the modules switched on in this workspace offers an API yet. Switch one on
                in Settings → Modules.
              </Text>
            ) : (
              <AppForm
                action={base}
                onSubmit={() => {
                  form.transform((data) => ({
                    name: data.name,
                    scopes: data.scopes,
                    ...(data.expiresInDays ? { expiresInDays: Number(data.expiresInDays) } : {}),
                  }))
                  form.post(base, { preserveScroll: true, onSuccess: () => form.reset() })
                }}
              >
                <Stack gap="md">
                  <Group align="flex-start" wrap="wrap">
                    <TextInput
                      label="Name"
                      description="What uses it, so you know which one to revoke."
                      name="name"
                      required
                      placeholder="Mobile app"
                      value={form.data.name}
                      onChange={(event) => form.setData('name', event.currentTarget.value)}
                      error={errors.name}
                      style={{ flex: 1, minWidth: 240 }}
                    />
                    <Select
                      label="Expires"
                      description="After this, requests with it are refused."
                      data={LIFETIMES}
                      value={form.data.expiresInDays}
                      onChange={(value) => form.setData('expiresInDays', value ?? '')}
                      error={errors.expiresInDays}
                      allowDeselect={false}
                      w={220}
                    />
                  </Group>
                  <Checkbox.Group
                    label="What it may do"
                    description="Give it only what it needs."
                    value={form.data.scopes}
                    onChange={(value) => form.setData('scopes', value)}
                    error={errors.scopes ?? errors['scopes.0']}
                  >
                    <Stack gap="sm" mt="xs">
                      {props.scopeGroups.map((group) => (
                        <Stack key={group.module} gap={6}>
                          <Text fz="sm" fw={600}>
                            {group.name}
                          </Text>
                          {group.scopes.map((scope) => (
                            <Checkbox
                              key={scope.key}
                              value={scope.key}
                              label={
                                <>
                                  {scope.label} <Code>{scope.key}</Code>
                                </>
                              }
                            />
                          ))}
                        </Stack>
                      ))}
                    </Stack>
                  </Checkbox.Group>
                  <Group>
                    <Button
                      type="submit"
                      loading={form.processing}
                      leftSection={<IconKey size={16} />}
                    >
                      Create token
                    </Button>
                  </Group>
                </Stack>
              </AppForm>
            )}
          </Card>
        )}

        <Card withBorder padding="lg">
          <Title order={2} fz="md" mb="sm">
            Tokens ({props.tokens.length})
          </Title>
          {props.tokens.length === 0 ? (
            <Text c="dimmed" fz="sm">
              No API tokens yet: nothing outside Wrencos can use the API of this workspace.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Scopes</Table.Th>
                    <Table.Th>Last used</Table.Th>
                    <Table.Th>Expires</Table.Th>
                    <Table.Th aria-label="Actions" />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {props.tokens.map((token) => (
                    <Table.Tr key={token.id}>
                      <Table.Td>
                        <Text fw={600}>{token.name}</Text>
                        <Text fz="xs" c="dimmed">
                          Created <RelativeTime iso={token.createdAt} />
                          {token.createdBy ? ` by ${token.createdBy}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {token.scopes.map((scope) => (
                            <Badge key={scope} variant="light" tt="none">
                              {scope}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {token.lastUsedAt ? (
                          <RelativeTime iso={token.lastUsedAt} />
                        ) : (
                          <Text fz="sm" c="dimmed">
                            Never
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {token.expired ? (
                          <Badge color="orange">Expired</Badge>
                        ) : token.expiresAt ? (
                          <RelativeTime iso={token.expiresAt} />
                        ) : (
                          <Text fz="sm" c="dimmed">
                            Never
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {props.canManage && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            leftSection={<IconTrash size={14} />}
                            onClick={() =>
                              confirmAction({
                                title: `Revoke "${token.name}"?`,
                                message:
                                  'Requests made with this token will be refused from now on. This cannot be undone.',
                                confirmLabel: 'Revoke',
                                onConfirm: () =>
                                  router.delete(`${base}/${token.id}`, { preserveScroll: true }),
                              })
                            }
                          >
                            Revoke
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      </Stack>
    </AppLayout>
  )
}

import { Head, router } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Box,
  Button,
  Card,
  Code,
  Container,
  Grid,
  Group,
  Pagination,
  ScrollArea,
  Stack,
  Tabs,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core'
import { IconInbox, IconTrash } from '@tabler/icons-react'
import { PageHeader } from '~/components/page_header'
import { RelativeTime } from '~/components/relative_time'
import { confirmAction } from '~/components/confirm'

type Summary = { id: string; subject: string; from: string; to: string; date: string }
type Message = Summary & { html: string | null; text: string | null }

type Props = {
  mailbox: { messages: Summary[]; total: number; page: number; lastPage: number }
  message: Message | null
}

function MessageView({ message }: { message: Message }) {
  return (
    <Card withBorder padding="lg" h="100%">
      <Title order={2} fz="lg">
        {message.subject}
      </Title>
      <Text fz="sm" mt={4}>
        From {message.from} to {message.to}
      </Text>
      <Text fz="xs" c="dimmed">
        <RelativeTime iso={message.date} />
      </Text>
      <Tabs defaultValue={message.html ? 'html' : 'text'} mt="md">
        <Tabs.List>
          <Tabs.Tab value="html" disabled={!message.html}>
            HTML
          </Tabs.Tab>
          <Tabs.Tab value="text" disabled={!message.text}>
            Text
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="md">
          <Box
            component="iframe"
            title={`HTML part of "${message.subject}"`}
            srcDoc={message.html ?? ''}
            sandbox=""
            w="100%"
            h={560}
            style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="md">
          <Code block style={{ whiteSpace: 'pre-wrap' }}>
            {message.text}
          </Code>
        </Tabs.Panel>
      </Tabs>
    </Card>
  )
}

export default function Mailbox({ mailbox, message }: Props) {
  const go = (page: number, id?: string) =>
    router.get(
      '/dev/mailbox',
      { page, ...(id ? { message: id } : {}) },
      { preserveScroll: true, preserveState: true }
    )

  return (
    <Container size="xl" py="xl">
      <Head title="Mailbox" />
      <PageHeader
        title="Mailbox"
        description={`Development only: the ${mailbox.total} ${mailbox.total === 1 ? 'email' : 'emails'} the app sent through the local SMTP catcher.`}
        actions={
          <>
            <Button component={Link} href="/" variant="default">
              Back to the app
            </Button>
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} />}
              disabled={mailbox.total === 0}
              onClick={() =>
                confirmAction({
                  title: 'Empty the mailbox?',
                  message: 'Every caught message is deleted.',
                  confirmLabel: 'Empty',
                  onConfirm: () => router.delete('/dev/mailbox'),
                })
              }
            >
              Empty
            </Button>
          </>
        }
      />
      {mailbox.total === 0 ? (
        <Card withBorder padding="xl">
          <Stack align="center" gap="xs">
            <IconInbox size={32} aria-hidden="true" />
            <Text fw={600}>No emails yet</Text>
            <Text fz="sm" c="dimmed">
              Sign up, invite a teammate or reset a password: the emails show up here.
            </Text>
          </Stack>
        </Card>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card withBorder padding={0}>
              <ScrollArea.Autosize mah={680}>
                <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {mailbox.messages.map((summary) => (
                    <li key={summary.id}>
                      <UnstyledButton
                        onClick={() => go(mailbox.page, summary.id)}
                        p="sm"
                        w="100%"
                        aria-current={summary.id === message?.id ? 'true' : undefined}
                        bg={summary.id === message?.id ? 'var(--mantine-primary-color-light)' : ''}
                        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
                      >
                        <Text fz="sm" fw={600} lineClamp={1}>
                          {summary.subject}
                        </Text>
                        <Group justify="space-between" gap="xs" wrap="nowrap">
                          <Text fz="xs" c="dimmed" lineClamp={1}>
                            To {summary.to}
                          </Text>
                          <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                            <RelativeTime iso={summary.date} />
                          </Text>
                        </Group>
                      </UnstyledButton>
                    </li>
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </Card>
            {mailbox.lastPage > 1 && (
              <Pagination
                mt="sm"
                total={mailbox.lastPage}
                value={mailbox.page}
                onChange={(page) => go(page)}
              />
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {message ? (
              <MessageView message={message} />
            ) : (
              <Card withBorder padding="xl">
                <Text c="dimmed">Choose a message to read it.</Text>
              </Card>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Container>
  )
}

import { useState } from 'react'
import { Head, router } from '@inertiajs/react'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { confirmAction } from '~/components/confirm'
import { useSharedProps } from '~/hooks/use_shared_props'
import { formatMoney } from '~/lib/money'

type Interval = 'month' | 'year'

type SubscriptionInfo = {
  planId: string
  planName: string
  status: 'trialing' | 'active' | 'past_due' | 'canceled' | 'incomplete'
  interval: Interval
  trialEndsAt: string | null
  trialDaysLeft: number | null
  currentPeriodStart: string
  currentPeriodEnd: string
  cancelAtPeriodEnd: boolean
  hasStripeSubscription: boolean
  hasStripeCustomer: boolean
  unpaidReason: 'payment_failed' | 'trial_ended' | 'canceled' | null
  restrictsOn: string | null
  restricted: boolean
}

type UsageRow = { metric: string; label: string; used: number | null; limit: number | null }

type Invoice = {
  id: string
  number: string | null
  status: string
  currency: string
  amountDueMinor: number
  amountPaidMinor: number
  hostedInvoiceUrl: string | null
  invoicePdfUrl: string | null
  issuedAt: string
}

type PlanOption = {
  id: string
  name: string
  description: string
  currency: string
  monthlyPriceMinor: number
  yearlyPriceMinor: number
  limits: { metric: string; label: string; limit: number }[]
  modules: string[]
}

type Props = {
  configured: boolean
  subscription: SubscriptionInfo | null
  usage: UsageRow[]
  invoices: Invoice[]
  plans: PlanOption[]
  checkout: 'success' | 'canceled' | null
}

const STATUS: Record<SubscriptionInfo['status'], { label: string; color: string }> = {
  trialing: { label: 'Free trial', color: 'blue' },
  active: { label: 'Active', color: 'teal' },
  past_due: { label: 'Payment overdue', color: 'orange' },
  canceled: { label: 'Canceled', color: 'gray' },
  incomplete: { label: 'Awaiting payment', color: 'yellow' },
}

const UNPAID = {
  payment_failed: 'Payment overdue',
  trial_ended: 'Your free trial has ended',
  canceled: 'Your subscription has ended',
}

function day(iso: string) {
  return new Date(iso).toLocaleDateString('en', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** A form that leaves for Stripe (Checkout, the portal): a plain POST, followed by the browser. */
function StripeForm({
  action,
  fields = {},
  children,
}: {
  action: string
  fields?: Record<string, string>
  children: React.ReactNode
}) {
  const { csrfToken } = useSharedProps()
  return (
    <form method="post" action={action}>
      {csrfToken && <input type="hidden" name="_csrf" value={csrfToken} />}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  )
}

function CurrentPlan({ subscription, base }: { subscription: SubscriptionInfo; base: string }) {
  const status = STATUS[subscription.status]
  return (
    <Card withBorder padding="lg" data-section="current-plan">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text fz="sm" c="dimmed">
            Current plan
          </Text>
          <Title order={2} fz="xl">
            {subscription.planName}
          </Title>
          <Text fz="sm">
            {subscription.status === 'trialing' && subscription.trialEndsAt
              ? `Trial ends on ${day(subscription.trialEndsAt)}`
              : subscription.status === 'canceled'
                ? `Ended on ${day(subscription.currentPeriodEnd)}`
                : subscription.cancelAtPeriodEnd
                  ? `Ends on ${day(subscription.currentPeriodEnd)}`
                  : `Billed ${subscription.interval === 'year' ? 'yearly' : 'monthly'}; this period ends on ${day(subscription.currentPeriodEnd)}`}
          </Text>
        </Stack>
        <Stack gap={6} align="flex-end">
          <Badge color={status.color} variant="light" size="lg">
            {status.label}
          </Badge>
          {subscription.trialDaysLeft !== null && (
            <Text fz="sm" fw={600} data-trial-days-left={subscription.trialDaysLeft}>
              {subscription.trialDaysLeft === 1
                ? '1 day left'
                : `${subscription.trialDaysLeft} days left`}
            </Text>
          )}
        </Stack>
      </Group>
      <Group mt="md" gap="xs">
        {subscription.hasStripeCustomer && (
          <StripeForm action={`${base}/portal`}>
            <Button type="submit" variant="default" size="sm">
              Payment methods and invoices
            </Button>
          </StripeForm>
        )}
        {subscription.hasStripeSubscription && !subscription.cancelAtPeriodEnd && (
          <Button
            variant="subtle"
            color="red"
            size="sm"
            onClick={() =>
              confirmAction({
                title: 'Cancel the subscription?',
                message: `Everything keeps working until ${day(subscription.currentPeriodEnd)}; then the subscription ends. You can resume it until then. Nothing is deleted.`,
                confirmLabel: 'Cancel at period end',
                onConfirm: () => router.post(`${base}/cancel`, {}, { preserveScroll: true }),
              })
            }
          >
            Cancel subscription
          </Button>
        )}
        {subscription.hasStripeSubscription && subscription.cancelAtPeriodEnd && (
          <Button
            size="sm"
            onClick={() => router.post(`${base}/resume`, {}, { preserveScroll: true })}
          >
            Resume subscription
          </Button>
        )}
      </Group>
    </Card>
  )
}

function Usage({ usage }: { usage: UsageRow[] }) {
  return (
    <Card withBorder padding="lg" data-section="usage">
      <Title order={2} fz="lg" mb="md">
        Usage this period
      </Title>
      <Stack gap="md">
        {usage.map((row) => {
          const percent =
            row.limit && row.used !== null ? Math.min(100, (row.used / row.limit) * 100) : 0
          return (
            <div key={row.metric} data-usage={row.metric}>
              <Group justify="space-between" mb={4}>
                <Text fz="sm">{row.label}</Text>
                <Text fz="sm" c="dimmed">
                  {row.used === null ? '—' : row.used.toLocaleString('en')}
                  {' / '}
                  {row.limit === null ? 'unlimited' : row.limit.toLocaleString('en')}
                </Text>
              </Group>
              <Progress
                value={row.limit === null ? 0 : percent}
                color={percent >= 100 ? 'red' : percent >= 80 ? 'orange' : 'teal'}
                aria-label={`${row.label}: ${row.used ?? 0} of ${row.limit ?? 'unlimited'}`}
              />
            </div>
          )
        })}
      </Stack>
    </Card>
  )
}

function PlanPicker({
  plans,
  subscription,
  configured,
  base,
}: {
  plans: PlanOption[]
  subscription: SubscriptionInfo | null
  configured: boolean
  base: string
}) {
  const [interval, setInterval] = useState<Interval>(subscription?.interval ?? 'month')
  const inPlace = subscription?.hasStripeSubscription ?? false
  return (
    <Stack gap="md" data-section="plans">
      <Group justify="space-between">
        <Title order={2} fz="lg">
          Plans
        </Title>
        <SegmentedControl
          value={interval}
          onChange={(value) => setInterval(value as Interval)}
          data={[
            { value: 'month', label: 'Monthly' },
            { value: 'year', label: 'Yearly' },
          ]}
          aria-label="Billing interval"
        />
      </Group>
      <SimpleGrid cols={{ base: 1, md: Math.min(3, Math.max(1, plans.length)) }}>
        {plans.map((plan) => {
          const current =
            subscription?.planId === plan.id &&
            (subscription.interval === interval || !subscription.hasStripeSubscription)
          const price = interval === 'year' ? plan.yearlyPriceMinor : plan.monthlyPriceMinor
          return (
            <Card withBorder padding="lg" key={plan.id} data-plan={plan.name}>
              <Stack gap="xs" h="100%">
                <Group justify="space-between">
                  <Title order={3} fz="md">
                    {plan.name}
                  </Title>
                  {subscription?.planId === plan.id && <Badge variant="light">Your plan</Badge>}
                </Group>
                <Text fz={24} fw={700}>
                  {formatMoney(price, plan.currency)}
                  <Text span fz="sm" c="dimmed" fw={400}>
                    {interval === 'year' ? ' / year' : ' / month'}
                  </Text>
                </Text>
                {plan.description && (
                  <Text fz="sm" c="dimmed">
                    {plan.description}
                  </Text>
                )}
                <List fz="sm" spacing={2} style={{ flexGrow: 1 }}>
                  {plan.limits.map((limit) => (
                    <List.Item key={limit.metric}>
                      {limit.label}: {limit.limit.toLocaleString('en')}
                    </List.Item>
                  ))}
                  {plan.modules.length > 0 && (
                    <List.Item>Modules: {plan.modules.join(', ')}</List.Item>
                  )}
                </List>
                {configured &&
                  (inPlace ? (
                    <Button
                      disabled={current}
                      variant={current ? 'default' : 'filled'}
                      onClick={() =>
                        confirmAction({
                          title: `Switch to ${plan.name}?`,
                          message:
                            'The change applies now. Stripe credits what is left of this period on the current plan and charges the new plan for the rest of it.',
                          confirmLabel: `Switch to ${plan.name}`,
                          danger: false,
                          onConfirm: () =>
                            router.post(
                              `${base}/plan`,
                              { plan_id: plan.id, interval },
                              { preserveScroll: true }
                            ),
                        })
                      }
                    >
                      {current ? 'Current plan' : `Switch to ${plan.name}`}
                    </Button>
                  ) : (
                    <StripeForm action={`${base}/plan`} fields={{ plan_id: plan.id, interval }}>
                      <Button type="submit" fullWidth>
                        {`Subscribe to ${plan.name}`}
                      </Button>
                    </StripeForm>
                  ))}
              </Stack>
            </Card>
          )
        })}
      </SimpleGrid>
    </Stack>
  )
}

function Invoices({ invoices }: { invoices: Invoice[] }) {
  return (
    <Card withBorder padding="lg" data-section="invoices">
      <Title order={2} fz="lg" mb="md">
        Invoices
      </Title>
      {invoices.length === 0 ? (
        <Text fz="sm" c="dimmed">
          No invoices yet. They appear here once your subscription is billed.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Invoice</Table.Th>
                <Table.Th>Date</Table.Th>
                <Table.Th>Amount</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoices.map((invoice) => (
                <Table.Tr key={invoice.id} data-invoice={invoice.number ?? invoice.id}>
                  <Table.Td>{invoice.number ?? '—'}</Table.Td>
                  <Table.Td>{day(invoice.issuedAt)}</Table.Td>
                  <Table.Td>{formatMoney(invoice.amountDueMinor, invoice.currency)}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={
                        invoice.status === 'paid'
                          ? 'teal'
                          : invoice.status === 'open'
                            ? 'orange'
                            : 'gray'
                      }
                    >
                      {invoice.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="sm" justify="flex-end">
                      {invoice.hostedInvoiceUrl && (
                        <Anchor href={invoice.hostedInvoiceUrl} target="_blank" fz="sm">
                          View
                        </Anchor>
                      )}
                      {invoice.invoicePdfUrl && (
                        <Anchor href={invoice.invoicePdfUrl} target="_blank" fz="sm">
                          PDF
                        </Anchor>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  )
}

export default function Billing(props: Props) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/settings/billing`
  const { subscription } = props

  return (
    <AppLayout>
      <Head title="Billing" />
      <PageHeader title="Billing" description="Your plan, what you use of it, and your invoices." />
      <Stack maw={1100} gap="lg">
        {!props.configured && (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
            Billing is not configured on this platform yet, so plans cannot be bought or changed
            here. Your workspace keeps working as it is.
          </Alert>
        )}
        {props.checkout === 'success' && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
            Thank you: your payment went through. Your plan updates as soon as Stripe confirms it.
          </Alert>
        )}
        {props.checkout === 'canceled' && (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
            Checkout was canceled; nothing was charged.
          </Alert>
        )}
        {subscription?.unpaidReason && subscription.restrictsOn && (
          <Alert
            color={subscription.restricted ? 'red' : 'orange'}
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={
              subscription.restricted ? 'Workspace restricted' : UNPAID[subscription.unpaidReason]
            }
          >
            {subscription.restricted
              ? 'The back office is read-only until the subscription is paid. Nothing has been deleted.'
              : `${subscription.unpaidReason === 'payment_failed' ? 'Update your payment method' : 'Choose a plan'} before ${day(subscription.restrictsOn)}; after that the back office becomes read-only until the payment goes through.`}
          </Alert>
        )}
        {subscription ? (
          <>
            <CurrentPlan subscription={subscription} base={base} />
            {props.usage.length > 0 && <Usage usage={props.usage} />}
          </>
        ) : (
          <Card withBorder padding="lg">
            <Text fz="sm">
              This workspace has no subscription: everything is included. Choose a plan below when
              you are ready.
            </Text>
          </Card>
        )}
        {props.plans.length > 0 && (
          <PlanPicker
            plans={props.plans}
            subscription={subscription}
            configured={props.configured}
            base={base}
          />
        )}
        <Invoices invoices={props.invoices} />
      </Stack>
    </AppLayout>
  )
}

import { Head } from '@inertiajs/react'
import { Stack } from '@mantine/core'
import { AppLayout } from '~/layouts/app_layout'
import { PageHeader } from '~/components/page_header'
import { useSharedProps } from '~/hooks/use_shared_props'
import { AssistantForm } from '../../components/settings/assistant_form'
import { GeminiKeyCard } from '../../components/settings/gemini_key_card'
import { StatsStrip } from '../../components/settings/stats_strip'
import { WidgetCard } from '../../components/settings/widget_card'
import type {
  AssistantSettings,
  GeminiProps,
  StatsProps,
  WidgetProps,
} from '../../components/settings/types'

type Props = {
  settings: AssistantSettings
  timezone: string
  languages: string[]
  gemini: GeminiProps
  widget: WidgetProps
  stats: StatsProps
}

export default function ChatSettings(props: Props) {
  const { shell } = useSharedProps()
  const base = `/app/${shell?.workspace.slug}/chat/settings`
  return (
    <AppLayout>
      <Head title="Chat settings" />
      <PageHeader
        title="Chat settings"
        description="How the assistant talks, when your team answers, and the chat on your website."
      />
      <StatsStrip stats={props.stats} />
      <Stack gap="lg">
        <AssistantForm
          action={base}
          settings={props.settings}
          languages={props.languages}
          timezone={props.timezone}
        />
        <GeminiKeyCard action={`${base}/gemini-key`} gemini={props.gemini} />
        <WidgetCard action={`${base}/widget`} widget={props.widget} />
      </Stack>
    </AppLayout>
  )
}

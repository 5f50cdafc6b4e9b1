import { ensureWidgetChannel } from '#modules/chat/channels/widget_channel'

/** A workspace switching the chat on gets its widget key right away. */
export default async function onEnable() {
  await ensureWidgetChannel()
}

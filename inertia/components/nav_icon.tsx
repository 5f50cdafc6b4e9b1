import {
  IconBuilding,
  IconBuildingStore,
  IconCalendarEvent,
  IconChartBar,
  IconCreditCard,
  IconDiscount2,
  IconHistory,
  IconKey,
  IconLayoutDashboard,
  IconLock,
  IconMail,
  IconMessageChatbot,
  IconPackage,
  IconPalette,
  IconPlug,
  IconReceipt2,
  IconReceiptTax,
  IconSettings,
  IconShield,
  IconShoppingCart,
  IconStar,
  IconTruckDelivery,
  IconUsers,
  IconUsersGroup,
  IconVideo,
  type Icon,
  IconHelpCircle,
  IconMessages,
} from '@tabler/icons-react'

/**
 * Navigation icons by name, so the server (and module manifests) can name
 * an icon without shipping components.
 */
const ICONS: Record<string, Icon> = {
  dashboard: IconLayoutDashboard,
  building: IconBuilding,
  palette: IconPalette,
  users: IconUsers,
  shield: IconShield,
  lock: IconLock,
  history: IconHistory,
  key: IconKey,
  plug: IconPlug,
  billing: IconCreditCard,
  store: IconBuildingStore,
  package: IconPackage,
  cart: IconShoppingCart,
  star: IconStar,
  customers: IconUsersGroup,
  chat: IconMessageChatbot,
  help: IconHelpCircle,
  message: IconMessages,
  video: IconVideo,
  mail: IconMail,
  finance: IconReceipt2,
  calendar: IconCalendarEvent,
  chart: IconChartBar,
  discount: IconDiscount2,
  truck: IconTruckDelivery,
  tax: IconReceiptTax,
  settings: IconSettings,
}

export function NavIcon({ name, size = 18 }: { name: string; size?: number }) {
  const Component = ICONS[name] ?? IconLayoutDashboard
  return <Component size={size} stroke={1.6} aria-hidden="true" />
}

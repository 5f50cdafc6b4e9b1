import { defineRoutes, type ModuleRoutes } from '#kernel/modules/define_routes'
import inbox from '#modules/chat/routes/inbox'
import knowledge from '#modules/chat/routes/knowledge'
import customer from '#modules/chat/routes/customer'
import widget from '#modules/chat/routes/widget'
import settings from '#modules/chat/routes/settings'

/**
 * One file per area under routes/; this mounts them all.
 */
const areas: ModuleRoutes[] = [inbox, knowledge, customer, widget, settings]

export default defineRoutes({
  backOffice: (router) => areas.forEach((area) => area.backOffice?.(router)),
  storefront: (router) => areas.forEach((area) => area.storefront?.(router)),
  api: (router) => areas.forEach((area) => area.api?.(router)),
  public: (router) => areas.forEach((area) => area.public?.(router)),
})

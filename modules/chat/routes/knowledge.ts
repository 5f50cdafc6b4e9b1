import type { ModuleRoutes } from '#kernel/modules/define_routes'

const routes: ModuleRoutes = {}

export default routes

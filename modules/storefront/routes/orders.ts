import { defineRoutes } from '#kernel/modules/define_routes'

export default defineRoutes({})

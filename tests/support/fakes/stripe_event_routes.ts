import { PAGINATION_PARAMS, paginate, route } from './stripe_router.js'

export const eventRoutes = [
  route('GET', '/v1/events', ({ params, store, account }) => {
    params.onlyKnown([...PAGINATION_PARAMS, 'created', 'delivery_success', 'type', 'types'])
    const type = params.string('type')
    return paginate(
      store.visible(store.events, account).filter((event) => !type || event.type === type),
      params,
      '/v1/events'
    )
  }),
  route('GET', '/v1/events/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    return store.retrieve(store.events, 'event', path.id, account)
  }),
]

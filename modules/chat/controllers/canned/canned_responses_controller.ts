import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import { fieldError } from '#kernel/validation/field_error'
import CannedResponse from '#modules/chat/models/canned_response'
import { cannedFiltersValidator, cannedResponseValidator } from '#modules/chat/inbox/validators'

const PAGE_SIZE = 25

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&')

async function checkShortcut(input: Infer<typeof cannedResponseValidator>, exceptId?: string) {
  const taken = await CannedResponse.query()
    .where('shortcut', input.shortcut)
    .if(exceptId, (query) => query.whereNot('id', exceptId!))
    .first()
  if (taken) {
    throw fieldError('shortcut', `/${input.shortcut} is already used by “${taken.title}”.`)
  }
  return input
}

export default class CannedResponsesController {
  async index({ bouncer, request, inertia }: HttpContext) {
    await bouncer.authorize('can', 'chat.knowledge.manage')
    const filters = await request.validateUsing(cannedFiltersValidator, { data: request.qs() })
    const query = CannedResponse.query().orderBy('shortcut').orderBy('id')
    if (filters.q) {
      const pattern = `%${escapeLike(filters.q)}%`
      query.where((search) =>
        search
          .whereILike('title', pattern)
          .orWhereILike('shortcut', pattern)
          .orWhereILike('body', pattern)
      )
    }
    const page = await query.paginate(filters.page ?? 1, PAGE_SIZE)
    return inertia.render('chat/canned/index', {
      responses: page.all().map((response) => ({
        id: response.id,
        title: response.title,
        shortcut: response.shortcut,
        body: response.body,
      })),
      pagination: { page: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: { q: filters.q ?? '' },
    })
  }

  async store({ bouncer, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'chat.knowledge.manage')
    const input = await checkShortcut(await request.validateUsing(cannedResponseValidator))
    await CannedResponse.create(input)
    session.flash('success', `Canned response /${input.shortcut} created.`)
    return response.redirect().back()
  }

  async update({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'chat.knowledge.manage')
    const canned = await CannedResponse.findOrFail(params.id)
    const input = await request.validateUsing(cannedResponseValidator)
    canned.merge(await checkShortcut(input, canned.id))
    await canned.save()
    session.flash('success', `Canned response /${canned.shortcut} saved.`)
    return response.redirect().back()
  }

  async destroy({ bouncer, params, session, response }: HttpContext) {
    await bouncer.authorize('can', 'chat.knowledge.manage')
    const canned = await CannedResponse.findOrFail(params.id)
    await canned.delete()
    session.flash('success', `Canned response /${canned.shortcut} deleted.`)
    return response.redirect().back()
  }
}

import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import { errors } from '@adonisjs/core'
import { fieldError } from '#kernel/validation/field_error'
import Conversation from '#modules/chat/models/conversation'
import Faq from '#modules/chat/models/faq'
import {
  faqActiveValidator,
  faqFiltersValidator,
  faqSuggestionValidator,
  faqValidator,
} from '#modules/chat/validators/faq'
import { faqCategories, listFaqs } from '#modules/chat/knowledge/faq_listing'
import { faqSuggestion } from '#modules/chat/knowledge/faq_suggestion'
import { searchFaqs } from '#modules/chat/knowledge/knowledge_search'
import { seedStarterFaqs } from '#modules/chat/knowledge/seed_faqs'

const PAGE_SIZE = 25
const PERMISSION = 'chat.knowledge.manage'

function faqRow(faq: Faq) {
  return {
    id: faq.id,
    question: faq.question,
    answer: faq.answer,
    category: faq.category,
    tags: faq.tags,
    priority: faq.priority,
    active: faq.active,
  }
}

/** The saved fields; a source conversation must be one of this workspace's. */
async function faqFields(input: Infer<typeof faqValidator>) {
  const sourceId = input.source_conversation_id ?? null
  if (sourceId && !(await Conversation.find(sourceId))) {
    throw fieldError('source_conversation_id', 'This conversation does not exist.')
  }
  return {
    question: input.question,
    answer: input.answer,
    category: input.category || null,
    tags: [...new Set(input.tags ?? [])],
    priority: input.priority ?? 0,
    active: input.active ?? true,
    sourceConversationId: sourceId,
  }
}

function notFound(ctx: HttpContext): never {
  throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
}

/** The FAQ the assistant answers from, managed in the back office. */
export default class FaqsController {
  async index({ bouncer, request, inertia }: HttpContext) {
    await bouncer.authorize('can', PERMISSION)
    const filters = await request.validateUsing(faqFiltersValidator, { data: request.qs() })
    const page = await listFaqs(filters).paginate(filters.page ?? 1, PAGE_SIZE)
    return inertia.render('chat/faqs/index', {
      faqs: page.all().map(faqRow),
      pagination: { page: page.currentPage, lastPage: page.lastPage, total: page.total },
      filters: {
        q: filters.q ?? '',
        category: filters.category ?? '',
        status: filters.status ?? '',
      },
      categories: await faqCategories(),
      trial: filters.test ? { question: filters.test, hits: await searchFaqs(filters.test) } : null,
    })
  }

  async create(ctx: HttpContext) {
    const { bouncer, request, inertia } = ctx
    await bouncer.authorize('can', PERMISSION)
    const { conversation } = await request.validateUsing(faqSuggestionValidator, {
      data: request.qs(),
    })
    const suggestion = conversation ? await faqSuggestion(conversation) : undefined
    if (suggestion === null) notFound(ctx)
    return inertia.render('chat/faqs/form', {
      faq: null,
      suggestion: suggestion?.kind === 'prefill' ? suggestion : null,
      notice:
        suggestion?.kind === 'not_resolved'
          ? 'This conversation is not resolved yet: resolve it before turning it into an FAQ.'
          : null,
      categories: await faqCategories(),
    })
  }

  async store({ bouncer, request, session, response, tenant }: HttpContext) {
    await bouncer.authorize('can', PERMISSION)
    const input = await request.validateUsing(faqValidator)
    const faq = await Faq.create(await faqFields(input))
    session.flash('success', `FAQ “${faq.question}” created.`)
    return response.redirect().toRoute('chat.faqs.index', { workspace: tenant!.slug })
  }

  async edit({ bouncer, params, inertia }: HttpContext) {
    await bouncer.authorize('can', PERMISSION)
    const faq = await Faq.findOrFail(params.id)
    return inertia.render('chat/faqs/form', {
      faq: { ...faqRow(faq), sourceConversationId: faq.sourceConversationId },
      suggestion: null,
      notice: null,
      categories: await faqCategories(),
    })
  }

  async update({ bouncer, params, request, session, response, tenant }: HttpContext) {
    await bouncer.authorize('can', PERMISSION)
    const faq = await Faq.findOrFail(params.id)
    const input = await request.validateUsing(faqValidator)
    faq.merge(await faqFields(input))
    await faq.save()
    session.flash('success', `FAQ “${faq.question}” saved.`)
    return response.redirect().toRoute('chat.faqs.index', { workspace: tenant!.slug })
  }

  async toggle({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', PERMISSION)
    const faq = await Faq.findOrFail(params.id)
    const { active } = await request.validateUsing(faqActiveValidator)
    faq.active = active
    await faq.save()
    session.flash(
      'success',
      active
        ? `“${faq.question}” is answered by the assistant again.`
        : `“${faq.question}” is switched off: the assistant no longer uses it.`
    )
    return response.redirect().back()
  }

  async destroy({ bouncer, params, session, response, tenant }: HttpContext) {
    await bouncer.authorize('can', PERMISSION)
    const faq = await Faq.findOrFail(params.id)
    await faq.delete()
    session.flash('success', `FAQ “${faq.question}” deleted.`)
    return response.redirect().toRoute('chat.faqs.index', { workspace: tenant!.slug })
  }

  async starter({ bouncer, session, response, tenant }: HttpContext) {
    await bouncer.authorize('can', PERMISSION)
    const added = await seedStarterFaqs()
    session.flash(
      'success',
      added > 0
        ? `${added} starter FAQs added: adapt their answers to your shop.`
        : 'You already have every starter FAQ.'
    )
    return response.redirect().toRoute('chat.faqs.index', { workspace: tenant!.slug })
  }
}

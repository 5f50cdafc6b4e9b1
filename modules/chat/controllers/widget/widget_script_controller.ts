import { createHash } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import vite from '@adonisjs/vite/services/main'

const ENTRY = 'modules/chat/ui/widget/main.ts'

/**
 * The one script a website includes. It stays tiny and stable (cached
 * briefly) and loads the built widget, whose file name carries its content
 * hash, from this application's origin.
 */
function loader() {
  const entry = JSON.stringify(vite.assetPath(ENTRY))
  return `(function(){var s=document.currentScript;if(s)import(new URL(${entry},s.src).href)})();\n`
}

export default class WidgetScriptController {
  async show({ request, response }: HttpContext) {
    const body = loader()
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
    response.header('Content-Type', 'text/javascript; charset=utf-8')
    response.header('Cache-Control', 'public, max-age=300')
    response.header('ETag', etag)
    if (request.header('if-none-match') === etag) return response.notModified()
    return body
  }
}

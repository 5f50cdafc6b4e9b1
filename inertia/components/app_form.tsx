import type { FormEvent, ReactNode } from 'react'
import { useSharedProps } from '~/hooks/use_shared_props'

type Method = 'post' | 'put' | 'delete'

/**
 * A form that works with Inertia once the page is interactive, and as a
 * plain HTML form before that (a quick click right after the page shows
 * still posts, with its CSRF token, instead of sending a GET with the
 * fields in the URL).
 */
export function AppForm({
  action,
  method = 'post',
  onSubmit,
  children,
  encType,
}: {
  action: string
  method?: Method
  onSubmit: () => void
  children: ReactNode
  encType?: 'multipart/form-data'
}) {
  const { csrfToken } = useSharedProps()
  const url =
    method === 'post'
      ? action
      : `${action}${action.includes('?') ? '&' : '?'}_method=${method.toUpperCase()}`
  return (
    <form
      method="post"
      action={url}
      encType={encType}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      {csrfToken && <input type="hidden" name="_csrf" value={csrfToken} />}
      {children}
    </form>
  )
}

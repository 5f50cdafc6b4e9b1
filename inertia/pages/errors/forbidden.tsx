import { ErrorPage } from '~/components/error_page'

export default function Forbidden() {
  return (
    <ErrorPage
      code={403}
      title="Access denied"
      message="You do not have permission to do this. Ask an owner or admin of the workspace."
    />
  )
}

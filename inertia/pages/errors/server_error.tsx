import { ErrorPage } from '~/components/error_page'

export default function ServerError() {
  return (
    <ErrorPage
      code={500}
      title="Something went wrong"
      message="An error occurred on our side. It has been logged; please try again in a moment."
    />
  )
}

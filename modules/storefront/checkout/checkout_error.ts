import { ActionRefused } from '#kernel/exceptions/action_refused'

/**
 * A checkout that cannot go on for a reason the buyer can act on (an item
 * sold out, the code expired). Forms go back with the message; JSON
 * clients get a 409; the request's changes are rolled back.
 */
export class CheckoutError extends ActionRefused {}

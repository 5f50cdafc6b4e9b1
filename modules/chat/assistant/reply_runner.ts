/**
 * Decides and produces the assistant's replies. Being replaced by the
 * assistant implementation.
 */
export const replies = {
  customerWrote(_tenantId: string, _conversationId: string, _seq: number) {},
}

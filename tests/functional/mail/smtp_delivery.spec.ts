import { test } from '@japa/runner'
import { makeWorkspace } from '#tests/support/factories'
import { runQueuedJobs } from '#tests/support/queue'
import { startSmtpServer } from '#tests/support/smtp_server'

test.group('Mail over SMTP', () => {
  test('an invitation is rendered, queued and delivered over SMTP with both parts', async ({
    client,
    assert,
    cleanup,
  }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    const { tenant, owner } = await makeWorkspace({ name: 'Lumen Skin', slug: 'lumen' })

    await client
      .post('/app/lumen/settings/team/invitations')
      .loginAs(owner)
      .form({ email: 'new.hire@example.com', role: 'agent' })
      .withCsrfToken()
      .redirects(0)
    assert.lengthOf(smtp.received, 0, 'sent by a job, not during the request')

    await runQueuedJobs()
    assert.lengthOf(smtp.received, 1)
    const [message] = smtp.received
    assert.equal(message.subject, `${owner.name} invited you to Lumen Skin on Wrencos`)
    assert.equal(
      message.to && !Array.isArray(message.to) ? message.to.text : '',
      'new.hire@example.com'
    )
    assert.equal(message.from?.value[0].address, 'hello@wrencos.test')

    const html = String(message.html)
    const text = String(message.text)
    assert.include(html, 'Join Lumen Skin on Wrencos')
    assert.include(html, tenant.brandColor, 'the workspace colour brands the layout')
    assert.include(text, 'Join Lumen Skin on Wrencos')
    assert.notInclude(text, '<', 'the text part has no markup')

    const link = text.match(/https?:\/\/\S+\/invitations\/\S+/)?.[0]
    assert.exists(link)
    assert.include(html, link!.replaceAll('&', '&amp;'))
    const page = await client.get(new URL(link!).pathname + new URL(link!).search).withInertia()
    page.assertInertiaPropsContains({ usable: true })
  })
})

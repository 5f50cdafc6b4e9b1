import { test } from '@japa/runner'
import { databaseErrorToHttp } from '#exceptions/database_errors'

test.group('Database errors as HTTP answers', () => {
  test('a malformed value sent by a client becomes a 400', ({ assert }) => {
    const error = Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' })
    assert.equal(databaseErrorToHttp(error)?.status, 400)
  })

  test('a duplicate becomes a 409', ({ assert }) => {
    const error = Object.assign(new Error('duplicate key'), { code: '23505' })
    assert.equal(databaseErrorToHttp(error)?.status, 409)
  })

  test('other failures are left alone', ({ assert }) => {
    assert.isUndefined(databaseErrorToHttp(new Error('boom')))
    assert.isUndefined(databaseErrorToHttp(Object.assign(new Error('x'), { code: '57P01' })))
  })
})

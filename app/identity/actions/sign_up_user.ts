import User from '#kernel/identity/models/user'

export interface SignUpInput {
  name: string
  email: string
  password: string
}

/**
 * Creates a staff account. The email is stored lower-cased; callers
 * validate uniqueness first (the unique index is the last word).
 */
export async function signUpUser(input: SignUpInput) {
  return User.create({
    name: input.name.trim(),
    email: input.email.trim().toLowerCase(),
    password: input.password,
  })
}

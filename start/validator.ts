import vine, { SimpleMessagesProvider } from '@vinejs/vine'

/**
 * Clear, human messages for every form and API. Field names are spelled
 * out for people rather than shown as keys.
 */
vine.messagesProvider = new SimpleMessagesProvider(
  {
    'required': 'Enter {{ field }}.',
    'string': '{{ field }} must be text.',
    'email': 'Enter a valid email address.',
    'minLength': '{{ field }} must be at least {{ min }} characters long.',
    'maxLength': '{{ field }} must be at most {{ max }} characters long.',
    'regex': '{{ field }} has an invalid format.',
    'in': 'Choose one of the listed options for {{ field }}.',
    'enum': 'Choose one of the listed options for {{ field }}.',
    'uuid': '{{ field }} is not a valid identifier.',
    'number': '{{ field }} must be a number.',
    'min': '{{ field }} must be at least {{ min }}.',
    'max': '{{ field }} must be at most {{ max }}.',
    'boolean': '{{ field }} must be yes or no.',
    'accepted': 'You must accept {{ field }}.',
    'confirmed': 'The two {{ field }} entries do not match.',
    'hexCode': '{{ field }} must be a colour like #ae3ec9.',
    'file.size': 'The file must be smaller than {{ size }}.',
    'file.extname': 'The file must be one of: {{ extnames }}.',
    'database.unique': 'This {{ field }} is already in use.',
  },
  {
    name: 'a name',
    email: 'an email address',
    password: 'a password',
    current_password: 'your current password',
    password_confirmation: 'the password confirmation',
    business_name: 'the business name',
    slug: 'a web address',
    industry: 'an industry',
    country: 'a country',
    currency: 'a currency',
    timezone: 'a time zone',
    locale: 'a language',
    brand_color: 'a brand colour',
    role: 'a role',
  }
)

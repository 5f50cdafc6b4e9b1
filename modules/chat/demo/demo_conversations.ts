/** What the demo's sample conversations say (the catalog's own products are shown as cards). */
export const DEMO_CANNED_RESPONSES = [
  {
    title: 'Greeting',
    shortcut: 'hello',
    body: 'Bonjour and thank you for writing to Lumière! I am looking into this for you now.',
  },
  {
    title: 'Where is my order',
    shortcut: 'tracking',
    body: 'Your parcel has left our Paris workshop; the tracking link is in your shipping email and under Account → Orders.',
  },
  {
    title: 'Patch test',
    shortcut: 'patch',
    body: 'For sensitive skin, try a little behind the ear for 24–48 hours before using it on your face.',
  },
]

export const ASSISTED_SALE = {
  visitorName: 'Camille',
  question: 'Hi! My skin gets really dry in winter. Which serum would you recommend?',
  search: 'serum',
  answer:
    'For dry skin I would look at these two: both are rich in humectants and gentle enough for daily use. Want me to add one to your cart?',
  thanks: 'Perfect, thank you, I will try the first one.',
  goodbye: 'Lovely choice! Your cart is ready whenever you are. Anything else I can help with?',
}

export const WAITING_FOR_A_PERSON = {
  question: 'Hello, I ordered a lipstick a week ago and it has not arrived yet.',
  answer:
    'I am sorry it is late! Your order shows as shipped. I can put you in touch with our team to check with the carrier.',
  request: 'Yes please, I would like to talk to someone.',
  notice: 'A person from our team will answer you here shortly.',
}

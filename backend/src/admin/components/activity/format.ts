const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short" })
const count = new Intl.NumberFormat("fr-FR")

export const formatDateTime = (value: string | Date) => dateTime.format(new Date(value))
export const formatCount = (value: number) => count.format(value)

/** "Léa Martin", or the e-mail, or the id of an account that no longer exists. */
export function personName(person: { actor_name: string | null; actor_email: string | null; actor_id: string }): string {
  return person.actor_name || person.actor_email || person.actor_id
}

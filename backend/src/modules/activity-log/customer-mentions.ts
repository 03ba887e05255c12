// How the journal names a shop customer, and how an erasure takes the name out. An admin change
// to a customer, or to one of their orders through a route the journal labels generically, is
// labelled with the customer's e-mail (api/admin-activity/entity-kinds.ts); the summary repeats
// the label. An erasure keeps the entry and who made it (the teacher's audit trail) and replaces
// only the words that identify the customer.

/** What replaces the customer's e-mail or name in an entry once the customer is erased. */
export const ERASED_CUSTOMER_LABEL = "client effacé"

/** The customer's mentions shorter than this are left alone: "Li" would blank unrelated words. */
const MIN_MENTION_LENGTH = 3

/** Who to look for in the journal. */
export interface CustomerMention {
  customerId: string
  /** Entries about these (the customer's orders) are theirs too, for the export. */
  relatedEntityIds: string[]
  /** E-mail addresses and full names, matched case-insensitively anywhere in an entry's text. */
  texts: string[]
}

/** The columns an erasure rewrites: the actor's columns name the teacher, not the customer. */
export interface ScrubbableEntry {
  id: string
  entity_type: string
  entity_id: string | null
  entity_label: string | null
  summary: string
  path: string
}

export type ScrubbedFields = Pick<ScrubbableEntry, "id" | "entity_label" | "summary" | "path">

/** Trimmed, lower-cased, long enough, once each; the longest first so a name's longer form wins. */
export function mentionTexts(texts: readonly (string | null | undefined)[]): string[] {
  const unique = new Set<string>()
  for (const text of texts) {
    const clean = text?.trim().toLowerCase()
    if (clean && clean.length >= MIN_MENTION_LENGTH) unique.add(clean)
  }
  return [...unique].sort((a, b) => b.length - a.length || a.localeCompare(b))
}

/** `text` with every mention (any case) replaced by the neutral label. */
export function replaceMentions(text: string, mentions: readonly string[]): string {
  if (mentions.length === 0) return text
  const pattern = new RegExp(mentions.map((mention) => mention.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu")
  return text.replace(pattern, ERASED_CUSTOMER_LABEL)
}

/**
 * The entry with the customer taken out, or null when it does not name them. An entry about the
 * customer themself loses its whole label, whatever it says: it may hold an e-mail the customer
 * had before an admin changed it, which the erasure no longer knows.
 */
export function scrubEntry(entry: ScrubbableEntry, customerId: string, mentions: readonly string[]): ScrubbedFields | null {
  const aboutCustomer = entry.entity_type === "customer" && entry.entity_id === customerId
  const ownMentions = aboutCustomer && entry.entity_label ? mentionTexts([entry.entity_label, ...mentions]) : mentions
  const entity_label =
    entry.entity_label === null ? null : aboutCustomer ? ERASED_CUSTOMER_LABEL : replaceMentions(entry.entity_label, ownMentions)
  const summary = replaceMentions(entry.summary, ownMentions)
  const path = replaceMentions(entry.path, ownMentions)
  if (entity_label === entry.entity_label && summary === entry.summary && path === entry.path) return null
  return { id: entry.id, entity_label, summary, path }
}

/**
 * The default channel groups, as the dashboard lists them. Ids are stable English keys (stored in
 * the database); labels are what students read.
 */
export const CHANNELS = [
  { id: 'direct', label_en: 'Direct', label_fr: 'Accès direct' },
  { id: 'organic_search', label_en: 'Organic Search', label_fr: 'Recherche naturelle' },
  { id: 'paid_search', label_en: 'Paid Search', label_fr: 'Recherche payante' },
  { id: 'organic_social', label_en: 'Organic Social', label_fr: 'Réseaux sociaux' },
  { id: 'paid_social', label_en: 'Paid Social', label_fr: 'Réseaux sociaux payants' },
  { id: 'email', label_en: 'Email', label_fr: 'E-mail' },
  { id: 'referral', label_en: 'Referral', label_fr: 'Sites référents' },
  { id: 'affiliate', label_en: 'Affiliate', label_fr: 'Affiliation' },
  { id: 'display', label_en: 'Display', label_fr: 'Display' },
  { id: 'video', label_en: 'Video', label_fr: 'Vidéo' },
  { id: 'other', label_en: 'Other', label_fr: 'Autre' },
] as const

export type ChannelId = (typeof CHANNELS)[number]['id']

export const CHANNEL_IDS: readonly ChannelId[] = CHANNELS.map((channel) => channel.id)

export const CHANNEL_LABELS_FR: Readonly<Record<ChannelId, string>> = Object.fromEntries(
  CHANNELS.map((channel) => [channel.id, channel.label_fr]),
) as Record<ChannelId, string>

export function isChannelId(value: string): value is ChannelId {
  return (CHANNEL_IDS as readonly string[]).includes(value)
}

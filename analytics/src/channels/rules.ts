import type { ChannelId } from './channels'

export type ChannelRuleId =
  | 'paid_social'
  | 'paid_search'
  | 'display'
  | 'video'
  | 'affiliate'
  | 'email'
  | 'organic_social'
  | 'organic_search'
  | 'referral'
  | 'direct'
  | 'other'

export interface ChannelRuleDescription {
  id: ChannelRuleId
  channel: ChannelId
  /** One sentence a student can read on the dashboard. */
  description_fr: string
}

export const CHANNEL_RULES_INTRO_FR =
  "Les règles sont appliquées dans l'ordre ; la première qui correspond donne le canal de la visite."

/**
 * The channel rules in the order classifyChannel applies them. This array drives the
 * classification loop, so the order shown on the dashboard is the order actually used.
 */
export const CHANNEL_RULES: readonly ChannelRuleDescription[] = [
  {
    id: 'paid_social',
    channel: 'paid_social',
    description_fr:
      "Réseaux sociaux payants : la visite vient d'un réseau social (utm_source, site d'origine ou identifiant de clic comme fbclid) avec un support payant (utm_medium cpc, cpm, paid…), ou utm_medium vaut paid_social.",
  },
  {
    id: 'paid_search',
    channel: 'paid_search',
    description_fr:
      "Recherche payante : l'adresse porte un identifiant de clic publicitaire de moteur (gclid, gbraid, wbraid, msclkid), ou utm_medium vaut cpc, ppc ou sea, ou la visite vient d'un moteur de recherche avec un support payant.",
  },
  {
    id: 'display',
    channel: 'display',
    description_fr:
      'Display : utm_medium vaut display, banner, cpm, interstitial ou expandable (bannières publicitaires).',
  },
  {
    id: 'video',
    channel: 'video',
    description_fr:
      "Vidéo : la visite vient d'une plateforme vidéo (YouTube, Vimeo, Dailymotion, Twitch) ou utm_medium contient « video ».",
  },
  {
    id: 'affiliate',
    channel: 'affiliate',
    description_fr:
      "Affiliation : utm_medium vaut affiliate, affiliation ou partner (lien d'un site partenaire rémunéré).",
  },
  {
    id: 'email',
    channel: 'email',
    description_fr:
      "E-mail : utm_medium vaut email ou newsletter, ou la visite vient d'une messagerie (Gmail, Outlook, webmail d'un fournisseur d'accès).",
  },
  {
    id: 'organic_social',
    channel: 'organic_social',
    description_fr:
      "Réseaux sociaux : la visite vient d'un réseau social (Facebook, Instagram, TikTok, LinkedIn, X, Pinterest, Snapchat, Reddit…) sans support payant, ou utm_medium vaut social.",
  },
  {
    id: 'organic_search',
    channel: 'organic_search',
    description_fr:
      "Recherche naturelle : la visite vient d'un moteur de recherche (Google, Bing, Qwant, Ecosia, DuckDuckGo, Yahoo, Lilo…) sans support payant, ou utm_medium vaut organic.",
  },
  {
    id: 'referral',
    channel: 'referral',
    description_fr:
      "Sites référents : le visiteur a suivi un lien depuis un autre site, sans utm_source ni utm_medium, ou utm_medium vaut referral.",
  },
  {
    id: 'direct',
    channel: 'direct',
    description_fr:
      "Accès direct : ni paramètre UTM, ni identifiant de clic, ni site d'origine extérieur (adresse tapée, favori, lien ouvert depuis une application) ; un lien interne à la boutique ne compte pas comme site d'origine.",
  },
  {
    id: 'other',
    channel: 'other',
    description_fr:
      "Autre : tout ce qu'aucune règle précédente ne reconnaît, par exemple un lien marqué utm_source=flyer sans utm_medium connu.",
  },
]

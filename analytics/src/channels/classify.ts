/*
 * Channel classification: how a visit reached the shop.
 *
 * Inputs are lower-cased and trimmed first. A referring domain equal to the page's host is
 * dropped (a click inside the shop is not a source). When utm_source is present it names the
 * origin; otherwise the referring domain does (UTM tags are deliberate, referrers incidental).
 * Rules run in the order of CHANNEL_RULES, first match wins:
 *
 *   1. paid_social    social origin or social click id (fbclid, ttclid…) + paid medium,
 *                     or a paid-social medium (paid_social…)
 *   2. paid_search    search click id (gclid, gbraid, wbraid, msclkid), or medium cpc/ppc/sea
 *                     from a non-social, non-video origin, or search origin + paid medium
 *   3. display        medium display / banner / cpm / interstitial / expandable
 *   4. video          video origin (YouTube, Vimeo…) or medium containing "video"
 *   5. affiliate      medium affiliate / affiliation / partner
 *   6. email          medium email / newsletter, or webmail origin
 *   7. organic_social social origin, social click id, or medium social
 *   8. organic_search search-engine origin or medium organic
 *   9. referral       medium referral, or no utm_source/utm_medium and an external referrer
 *  10. direct         nothing at all: no UTM, no click id, no external referrer
 *  11. other          anything left (e.g. utm_source=flyer with no known medium)
 *
 * The order puts paid before organic because a paid click also comes from a search engine or a
 * social network; and specific media (display, affiliate) before origins because the campaign
 * tag is the marketer's explicit statement.
 */
import { isInternalReferrer, normaliseDomain } from '../referrer'
import { type ClickIdType, SEARCH_CLICK_IDS } from '../utm'
import type { ChannelId } from './channels'
import { CHANNEL_RULES, type ChannelRuleId } from './rules'
import { type SiteCategory, categoriseDomain, categoriseSource } from './sites'

export interface ChannelSignals {
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  click_id_type?: ClickIdType | null
  /** Host of the referring page (`$referring_domain`). */
  referring_domain?: string | null
  /** Host of the landing page, to recognise internal referrers. */
  page_host?: string | null
}

export interface ChannelClassification {
  channel: ChannelId
  /** The rule that decided, so the dashboard can explain a row. */
  rule: ChannelRuleId
}

const SOCIAL_PAID_MEDIA = new Set([
  'paid_social', 'paid-social', 'paidsocial', 'paid social',
  'social_paid', 'social-paid', 'socialpaid', 'social paid', 'social_ads', 'social-ads',
])
const SEARCH_PAID_MEDIA = new Set([
  'cpc', 'ppc', 'sea', 'paidsearch', 'paid_search', 'paid-search', 'paid search',
])
const PAID_MEDIA = new Set(['cpc', 'ppc', 'cpm', 'cpv', 'cpa', 'paid', 'ads', 'ad', 'sponsored'])
const DISPLAY_MEDIA = new Set(['display', 'banner', 'banniere', 'bannière', 'cpm', 'interstitial', 'expandable'])
const AFFILIATE_MEDIA = new Set(['affiliate', 'affiliates', 'affiliation', 'partner', 'partenaire'])
const EMAIL_MEDIA = new Set(['email', 'e-mail', 'e_mail', 'e mail', 'mail', 'newsletter', 'mailing'])
const SOCIAL_MEDIA = new Set([
  'social', 'social-network', 'social_network', 'social-media', 'social_media', 'sm',
  'reseaux-sociaux', 'reseaux_sociaux',
])
const ORGANIC_MEDIA = new Set(['organic', 'seo'])
const REFERRAL_MEDIA = new Set(['referral', 'referal', 'link', 'lien'])
const SOCIAL_CLICK_IDS: ReadonlySet<ClickIdType> = new Set(['fbclid', 'ttclid', 'li_fat_id', 'twclid'])

/** What the rules look at, computed once per classification. */
interface Facts {
  source: string | null
  medium: string | null
  campaign: string | null
  clickIdType: ClickIdType | null
  externalReferrer: string | null
  origin: SiteCategory | null
  paidMedium: boolean
}

function isPaidMedium(medium: string | null): boolean {
  return medium !== null && (PAID_MEDIA.has(medium) || medium.startsWith('paid'))
}

function has(set: ReadonlySet<string>, value: string | null): boolean {
  return value !== null && set.has(value)
}

function lower(value: string | null | undefined): string | null {
  const trimmed = value?.trim().toLowerCase()
  return trimmed ? trimmed : null
}

const MATCHERS: Record<ChannelRuleId, (facts: Facts) => boolean> = {
  paid_social: (f) =>
    has(SOCIAL_PAID_MEDIA, f.medium) ||
    (f.paidMedium &&
      (f.origin === 'social' || (f.clickIdType !== null && SOCIAL_CLICK_IDS.has(f.clickIdType)))),
  paid_search: (f) =>
    (f.clickIdType !== null && SEARCH_CLICK_IDS.has(f.clickIdType)) ||
    (has(SEARCH_PAID_MEDIA, f.medium) && f.origin !== 'social' && f.origin !== 'video') ||
    (f.origin === 'search' && f.paidMedium),
  display: (f) => has(DISPLAY_MEDIA, f.medium),
  video: (f) => f.origin === 'video' || (f.medium !== null && f.medium.includes('video')),
  affiliate: (f) => has(AFFILIATE_MEDIA, f.medium),
  email: (f) => has(EMAIL_MEDIA, f.medium) || f.origin === 'email',
  organic_social: (f) =>
    has(SOCIAL_MEDIA, f.medium) ||
    f.origin === 'social' ||
    (f.clickIdType !== null && SOCIAL_CLICK_IDS.has(f.clickIdType)),
  organic_search: (f) => has(ORGANIC_MEDIA, f.medium) || f.origin === 'search',
  referral: (f) =>
    has(REFERRAL_MEDIA, f.medium) ||
    (f.source === null && f.medium === null && f.externalReferrer !== null),
  direct: (f) =>
    f.clickIdType === null &&
    f.externalReferrer === null &&
    f.campaign === null &&
    ((f.source === null && f.medium === null) ||
      (f.source === '(direct)' && (f.medium === null || f.medium === '(none)'))),
  other: () => true,
}

function collectFacts(signals: ChannelSignals): Facts {
  const source = lower(signals.utm_source)
  const medium = lower(signals.utm_medium)
  const referring = normaliseDomain(signals.referring_domain)
  const externalReferrer =
    referring !== null && !isInternalReferrer(referring, signals.page_host) ? referring : null
  return {
    source,
    medium,
    campaign: lower(signals.utm_campaign),
    clickIdType: signals.click_id_type ?? null,
    externalReferrer,
    // utm_source, when present, names the origin even if the referrer says something else.
    origin: source !== null ? categoriseSource(source) : categoriseDomain(externalReferrer),
    paidMedium: isPaidMedium(medium),
  }
}

export function classifyChannel(signals: ChannelSignals): ChannelClassification {
  const facts = collectFacts(signals)
  for (const rule of CHANNEL_RULES) {
    if (MATCHERS[rule.id](facts)) return { channel: rule.channel, rule: rule.id }
  }
  // CHANNEL_RULES ends with `other`, which always matches; this line satisfies the compiler.
  return { channel: 'other', rule: 'other' }
}

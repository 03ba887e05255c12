import { describe, expect, it } from 'vitest'
import { CHANNELS } from './channels'
import { type ChannelSignals, classifyChannel } from './classify'
import { CHANNEL_RULES, type ChannelRuleId } from './rules'

const SHOP = 'boutique.lycee.fr'

function ruleFor(signals: ChannelSignals): ChannelRuleId {
  return classifyChannel({ page_host: SHOP, ...signals }).rule
}

// One block per rule, in CHANNEL_RULES order: each shows what triggers the rule and what the
// previous rules must not catch.
describe('classifyChannel rules', () => {
  it('1. paid_social: social origin or social click id with a paid medium', () => {
    expect(ruleFor({ utm_source: 'facebook', utm_medium: 'cpc' })).toBe('paid_social')
    expect(ruleFor({ utm_source: 'Instagram', utm_medium: 'Paid' })).toBe('paid_social')
    expect(ruleFor({ utm_source: 'newsletter-partner', utm_medium: 'paid_social' })).toBe('paid_social')
    expect(ruleFor({ click_id_type: 'fbclid', utm_medium: 'cpm', referring_domain: 'l.facebook.com' })).toBe('paid_social')
    expect(ruleFor({ referring_domain: 'www.tiktok.com', utm_medium: 'paid' })).toBe('paid_social')
  })

  it('2. paid_search: search click ids, cpc/ppc/sea media, or a search engine with a paid medium', () => {
    expect(ruleFor({ click_id_type: 'gclid', referring_domain: 'www.google.fr' })).toBe('paid_search')
    expect(ruleFor({ click_id_type: 'msclkid' })).toBe('paid_search')
    expect(ruleFor({ click_id_type: 'gbraid' })).toBe('paid_search')
    expect(ruleFor({ utm_source: 'google', utm_medium: 'cpc' })).toBe('paid_search')
    expect(ruleFor({ utm_source: 'salon-etudiant', utm_medium: 'ppc' })).toBe('paid_search')
    expect(ruleFor({ utm_source: 'bing', utm_medium: 'paid' })).toBe('paid_search')
    expect(ruleFor({ utm_source: 'qwant', utm_medium: 'ads' })).toBe('paid_search')
  })

  it('3. display: banner media', () => {
    expect(ruleFor({ utm_source: 'leboncoin', utm_medium: 'display' })).toBe('display')
    expect(ruleFor({ utm_source: 'journal-local', utm_medium: 'banner' })).toBe('display')
    expect(ruleFor({ utm_source: 'regie', utm_medium: 'cpm' })).toBe('display')
  })

  it('4. video: video platforms and video media, paid or not', () => {
    expect(ruleFor({ referring_domain: 'www.youtube.com' })).toBe('video')
    expect(ruleFor({ referring_domain: 'm.youtube.com' })).toBe('video')
    expect(ruleFor({ utm_source: 'youtube', utm_medium: 'cpc' })).toBe('video')
    expect(ruleFor({ utm_source: 'twitch' })).toBe('video')
    expect(ruleFor({ utm_source: 'partenaire', utm_medium: 'video_preroll' })).toBe('video')
  })

  it('5. affiliate: affiliate media', () => {
    expect(ruleFor({ utm_source: 'awin', utm_medium: 'affiliate' })).toBe('affiliate')
    expect(ruleFor({ utm_source: 'blog-mode', utm_medium: 'affiliation' })).toBe('affiliate')
    expect(ruleFor({ utm_source: 'x-partner', utm_medium: 'partner', referring_domain: 'partner.example' })).toBe('affiliate')
  })

  it('6. email: email media and webmails', () => {
    expect(ruleFor({ utm_source: 'brevo', utm_medium: 'email' })).toBe('email')
    expect(ruleFor({ utm_source: 'lettre-info', utm_medium: 'Newsletter' })).toBe('email')
    expect(ruleFor({ utm_source: 'newsletter' })).toBe('email')
    expect(ruleFor({ referring_domain: 'mail.google.com' })).toBe('email')
    expect(ruleFor({ referring_domain: 'webmail.orange.fr' })).toBe('email')
    expect(ruleFor({ referring_domain: 'outlook.live.com' })).toBe('email')
  })

  it('7. organic_social: social origins, social click ids, social media', () => {
    expect(ruleFor({ referring_domain: 'l.facebook.com' })).toBe('organic_social')
    expect(ruleFor({ referring_domain: 't.co' })).toBe('organic_social')
    expect(ruleFor({ referring_domain: 'www.linkedin.com' })).toBe('organic_social')
    expect(ruleFor({ referring_domain: 'fr.pinterest.com' })).toBe('organic_social')
    expect(ruleFor({ referring_domain: 'pinterest.fr' })).toBe('organic_social')
    expect(ruleFor({ utm_source: 'ig' })).toBe('organic_social')
    expect(ruleFor({ utm_source: 'club-lecture', utm_medium: 'social' })).toBe('organic_social')
    expect(ruleFor({ click_id_type: 'fbclid' })).toBe('organic_social')
    expect(ruleFor({ referring_domain: 'www.snapchat.com' })).toBe('organic_social')
    expect(ruleFor({ referring_domain: 'old.reddit.com' })).toBe('organic_social')
  })

  it('8. organic_search: search engines without a paid medium, medium organic', () => {
    expect(ruleFor({ referring_domain: 'www.google.fr' })).toBe('organic_search')
    expect(ruleFor({ referring_domain: 'www.google.co.uk' })).toBe('organic_search')
    expect(ruleFor({ referring_domain: 'www.qwant.com' })).toBe('organic_search')
    expect(ruleFor({ referring_domain: 'search.lilo.org' })).toBe('organic_search')
    expect(ruleFor({ referring_domain: 'www.ecosia.org' })).toBe('organic_search')
    expect(ruleFor({ referring_domain: 'duckduckgo.com' })).toBe('organic_search')
    expect(ruleFor({ referring_domain: 'fr.search.yahoo.com' })).toBe('organic_search')
    expect(ruleFor({ referring_domain: 'www.bing.com' })).toBe('organic_search')
    expect(ruleFor({ utm_source: 'Google', utm_medium: 'organic' })).toBe('organic_search')
    expect(ruleFor({ utm_source: 'annuaire', utm_medium: 'organic' })).toBe('organic_search')
  })

  it('9. referral: an external site without UTM, or medium referral', () => {
    expect(ruleFor({ referring_domain: 'blog.example.org' })).toBe('referral')
    expect(ruleFor({ utm_source: 'forum', utm_medium: 'referral' })).toBe('referral')
    expect(ruleFor({ utm_campaign: 'rentree', referring_domain: 'blog.example.org' })).toBe('referral')
  })

  it('10. direct: nothing at all, or an internal referrer', () => {
    expect(ruleFor({})).toBe('direct')
    expect(ruleFor({ referring_domain: SHOP })).toBe('direct')
    expect(ruleFor({ referring_domain: `www.${SHOP}:443` })).toBe('direct')
    expect(ruleFor({ utm_source: '(direct)', utm_medium: '(none)' })).toBe('direct')
    expect(ruleFor({ utm_source: '  ', utm_medium: '' })).toBe('direct')
  })

  it('11. other: tagged links no rule recognises', () => {
    expect(ruleFor({ utm_source: 'flyer' })).toBe('other')
    expect(ruleFor({ utm_campaign: 'soldes-hiver' })).toBe('other')
    expect(ruleFor({ utm_source: 'affiche', utm_medium: 'qr' })).toBe('other')
    // utm_source names the origin: an unknown source outweighs a Google referrer.
    expect(ruleFor({ utm_source: 'flyer', referring_domain: 'www.google.fr' })).toBe('other')
  })
})

describe('classifyChannel result', () => {
  it('returns the channel of the rule that matched', () => {
    expect(classifyChannel({ utm_source: 'facebook', utm_medium: 'cpc' })).toEqual({ channel: 'paid_social', rule: 'paid_social' })
    expect(classifyChannel({})).toEqual({ channel: 'direct', rule: 'direct' })
  })

  it('treats a referrer as external when no page host is known', () => {
    expect(classifyChannel({ referring_domain: 'blog.example.org' }).channel).toBe('referral')
  })
})

describe('CHANNEL_RULES', () => {
  it('lists every rule once, ends with the catch-all, and only names known channels', () => {
    const ids = CHANNEL_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.at(-1)).toBe('other')
    const channelIds = new Set<string>(CHANNELS.map((c) => c.id))
    for (const rule of CHANNEL_RULES) expect(channelIds.has(rule.channel)).toBe(true)
  })

  it('covers every channel with at least one rule', () => {
    const covered = new Set(CHANNEL_RULES.map((rule) => rule.channel))
    expect(CHANNELS.filter((c) => !covered.has(c.id))).toEqual([])
  })

  it('explains each rule in one French sentence', () => {
    for (const rule of CHANNEL_RULES) {
      expect(rule.description_fr.length).toBeGreaterThan(30)
      expect(rule.description_fr.endsWith('.')).toBe(true)
      // One sentence: no full stop followed by a capital inside it.
      expect(rule.description_fr.slice(0, -1)).not.toMatch(/\.\s+[A-ZÉ]/)
    }
  })
})

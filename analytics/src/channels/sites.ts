/** What kind of site sent the visitor, as far as channel classification cares. */
export type SiteCategory = 'search' | 'social' | 'video' | 'email'

// Host names and parent domains. A referring host matches its own entry or any parent's
// (`l.facebook.com` matches `facebook.com`), the longest first, so `mail.google.com` (email)
// wins over the Google brand (search).
const SITES_BY_DOMAIN: ReadonlyMap<string, SiteCategory> = new Map<string, SiteCategory>([
  // search engines (French classrooms use Qwant, Lilo and Ecosia as much as Google)
  ['bing.com', 'search'],
  ['duckduckgo.com', 'search'],
  ['qwant.com', 'search'],
  ['ecosia.org', 'search'],
  ['lilo.org', 'search'],
  ['startpage.com', 'search'],
  ['search.brave.com', 'search'],
  ['baidu.com', 'search'],
  ['ask.com', 'search'],
  ['seznam.cz', 'search'],
  ['naver.com', 'search'],
  ['perplexity.ai', 'search'],
  // social networks
  ['facebook.com', 'social'],
  ['fb.com', 'social'],
  ['fb.me', 'social'],
  ['messenger.com', 'social'],
  ['instagram.com', 'social'],
  ['tiktok.com', 'social'],
  ['linkedin.com', 'social'],
  ['lnkd.in', 'social'],
  ['x.com', 'social'],
  ['twitter.com', 'social'],
  ['t.co', 'social'],
  ['pin.it', 'social'],
  ['snapchat.com', 'social'],
  ['reddit.com', 'social'],
  ['threads.net', 'social'],
  ['threads.com', 'social'],
  ['bsky.app', 'social'],
  ['mastodon.social', 'social'],
  ['whatsapp.com', 'social'],
  ['wa.me', 'social'],
  ['tumblr.com', 'social'],
  ['discord.com', 'social'],
  ['t.me', 'social'],
  // video platforms
  ['youtube.com', 'video'],
  ['youtu.be', 'video'],
  ['vimeo.com', 'video'],
  ['dailymotion.com', 'video'],
  ['twitch.tv', 'video'],
  // webmails
  ['mail.google.com', 'email'],
  ['outlook.live.com', 'email'],
  ['outlook.office.com', 'email'],
  ['outlook.office365.com', 'email'],
  ['mail.yahoo.com', 'email'],
  ['mail.aol.com', 'email'],
  ['mail.proton.me', 'email'],
  ['laposte.net', 'email'],
])

// Brands that answer under many country domains (google.fr, google.co.uk, yahoo.co.jp).
const BRANDS_ANY_TLD: ReadonlyMap<string, SiteCategory> = new Map<string, SiteCategory>([
  ['google', 'search'],
  ['yahoo', 'search'],
  ['yandex', 'search'],
  ['bing', 'search'],
  ['pinterest', 'social'],
])

// First labels of French ISPs' webmails (webmail.orange.fr, messagerie.sfr.fr, zimbra.free.fr).
const WEBMAIL_FIRST_LABELS: ReadonlySet<string> = new Set(['webmail', 'mail', 'messagerie', 'zimbra'])

// Names that campaigns put in utm_source instead of a domain.
const SOURCE_NAMES: ReadonlyMap<string, SiteCategory> = new Map<string, SiteCategory>([
  ...(['google', 'bing', 'yahoo', 'duckduckgo', 'qwant', 'ecosia', 'lilo', 'baidu', 'yandex',
    'startpage', 'brave', 'perplexity'] as const).map((name) => [name, 'search'] as const),
  ...(['facebook', 'fb', 'instagram', 'ig', 'insta', 'tiktok', 'linkedin', 'twitter', 'x',
    'pinterest', 'snapchat', 'reddit', 'threads', 'bluesky', 'mastodon', 'whatsapp', 'messenger',
    'tumblr', 'discord', 'telegram', 'meta'] as const).map((name) => [name, 'social'] as const),
  ...(['youtube', 'yt', 'vimeo', 'dailymotion', 'twitch'] as const).map(
    (name) => [name, 'video'] as const,
  ),
  ...(['email', 'e-mail', 'e_mail', 'mail', 'newsletter', 'gmail', 'outlook', 'mailchimp',
    'brevo', 'sendinblue', 'mailjet'] as const).map((name) => [name, 'email'] as const),
])

const TLD_LIKE_MAX_LENGTH = 3

/** Categorises a normalised host name (lower case, no `www.`, no port). */
export function categoriseDomain(domain: string | null): SiteCategory | null {
  if (!domain) return null
  for (let dot = -1; ; ) {
    const category = SITES_BY_DOMAIN.get(dot === -1 ? domain : domain.slice(dot + 1))
    if (category) return category
    dot = domain.indexOf('.', dot + 1)
    if (dot === -1) break
  }
  const labels = domain.split('.')
  if (labels.length > 1 && WEBMAIL_FIRST_LABELS.has(labels[0] ?? '')) return 'email'
  for (let i = 0; i < labels.length - 1; i++) {
    const category = BRANDS_ANY_TLD.get(labels[i] ?? '')
    if (category && labels.slice(i + 1).every((label) => label.length <= TLD_LIKE_MAX_LENGTH)) {
      return category
    }
  }
  return null
}

/** Categorises a lower-cased utm_source: a known name (`fb`, `newsletter`) or a domain. */
export function categoriseSource(source: string | null): SiteCategory | null {
  if (!source) return null
  return SOURCE_NAMES.get(source) ?? categoriseDomain(source.startsWith('www.') ? source.slice(4) : source)
}

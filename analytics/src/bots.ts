import { COMPTOIR_PROPERTIES } from './events/names'
import type { UnknownRecord } from './json'

/** Why an event was marked as robot traffic; stored so reports can show what was excluded. */
export type BotReason = 'posthog_bot_flag' | 'crawler_user_agent' | 'headless_browser' | 'http_client'

export interface TrafficKind {
  is_bot: boolean
  bot_reason: BotReason | null
  /** The matched user-agent token (`googlebot`, `headlesschrome`), lower case. */
  bot_name: string | null
  /** Sent by Comptoir's market simulator on purpose: counted apart, never as a bot. */
  is_simulated: boolean
}

// One alternation per family, compiled once: the ingest tests every event of a batch.
const CRAWLERS =
  /(googlebot|adsbot-google|mediapartners-google|google-inspectiontool|googleother|bingbot|bingpreview|msnbot|adidxbot|yandex(?:bot|images)|baiduspider|duckduckbot|applebot|slurp|qwantbot|ecosiabot|seznambot|petalbot|sogou|exabot|ahrefsbot|semrushbot|mj12bot|dotbot|rogerbot|screaming frog|dataforseobot|blexbot|bytespider|gptbot|chatgpt-user|oai-searchbot|claudebot|anthropic-ai|perplexitybot|ccbot|amazonbot|facebookexternalhit|facebookbot|meta-externalagent|twitterbot|linkedinbot|pinterestbot|slackbot|discordbot|telegrambot|whatsapp|skypeuripreview|embedly|uptimerobot|pingdom|statuscake|site24x7|gtmetrix)/i
// Unlisted crawlers: "…bot" followed by a version, `;` or `)` (so the phone brand "CUBOT X30"
// does not match), or a name containing crawler/spider/scraper. The name is then read backwards
// by hand: a `[a-z0-9_-]*` prefix in the pattern would backtrack quadratically on hostile input.
const GENERIC_BOT = /bot[/;)]|crawler|spider|scraper/i
const NAME_CHAR = /[A-Za-z0-9_-]/
const HEADLESS = /(headlesschrome|phantomjs|puppeteer|playwright|selenium|webdriver|chrome-lighthouse|lighthouse)/i
const HTTP_CLIENTS =
  /^(curl|wget|python-requests|python-urllib|python-httpx|aiohttp|go-http-client|node-fetch|undici|axios|okhttp|java|apache-httpclient|libwww-perl|guzzlehttp|ruby|postmanruntime|insomnia|httpie)\b/i

function genericBotName(userAgent: string): string | null {
  const match = GENERIC_BOT.exec(userAgent)
  if (match === null) return null
  let start = match.index
  while (start > 0 && NAME_CHAR.test(userAgent.charAt(start - 1))) start--
  const end = match.index + match[0].length - (match[0].toLowerCase().startsWith('bot') ? 1 : 0)
  return userAgent.slice(start, end).toLowerCase()
}

function detectFromUserAgent(userAgent: string): Pick<TrafficKind, 'bot_reason' | 'bot_name'> | null {
  const headless = HEADLESS.exec(userAgent)
  if (headless?.[1]) return { bot_reason: 'headless_browser', bot_name: headless[1].toLowerCase() }
  const crawler = CRAWLERS.exec(userAgent)?.[1]?.toLowerCase() ?? genericBotName(userAgent)
  if (crawler) return { bot_reason: 'crawler_user_agent', bot_name: crawler }
  const client = HTTP_CLIENTS.exec(userAgent)
  if (client?.[1]) return { bot_reason: 'http_client', bot_name: client[1].toLowerCase() }
  return null
}

/**
 * Tells robots, simulated visitors and people apart. Simulated events skip bot detection: the
 * simulator may drive a headless browser, and its traffic is meant to appear in reports.
 * posthog-js sets `$browser_type: 'bot'` when it sends despite recognising a robot (as in the
 * Playwright tests with `opt_out_useragent_filter`), so that traffic is marked, not dropped.
 */
export function classifyTraffic(properties: UnknownRecord, userAgent: string | null): TrafficKind {
  if (properties[COMPTOIR_PROPERTIES.simulated] === true) {
    return { is_bot: false, bot_reason: null, bot_name: null, is_simulated: true }
  }
  if (properties.$browser_type === 'bot') {
    const named = userAgent ? detectFromUserAgent(userAgent) : null
    return {
      is_bot: true,
      bot_reason: 'posthog_bot_flag',
      bot_name: named?.bot_name ?? null,
      is_simulated: false,
    }
  }
  const detected = userAgent ? detectFromUserAgent(userAgent) : null
  if (detected === null) return { is_bot: false, bot_reason: null, bot_name: null, is_simulated: false }
  return { is_bot: true, ...detected, is_simulated: false }
}

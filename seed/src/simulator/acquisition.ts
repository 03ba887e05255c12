import type { Random } from "./random"

/**
 * How each channel looks on the wire: the referrer, UTM parameters and click ids a real visitor
 * from that channel brings. The analytics package classifies them back into the same channels,
 * so the simulator exercises the real classification.
 */
export type ChannelId = "organic_search" | "direct" | "organic_social" | "paid_search" | "paid_social" | "referral" | "email"

export interface Acquisition {
  channel: ChannelId
  referrer: string | null
  utm: Partial<Record<"utm_source" | "utm_medium" | "utm_campaign" | "utm_term" | "utm_content", string>>
  clickId: { name: "gclid" | "fbclid" | "msclkid" | "ttclid"; value: string } | null
}

const SEARCH_ENGINES = [
  { referrer: "https://www.google.fr/", weight: 0.82 },
  { referrer: "https://www.bing.com/", weight: 0.08 },
  { referrer: "https://www.qwant.com/", weight: 0.05 },
  { referrer: "https://www.ecosia.org/", weight: 0.05 },
]

const SOCIAL_SITES = [
  { referrer: "https://l.facebook.com/", source: "facebook", weight: 0.4 },
  { referrer: "https://l.instagram.com/", source: "instagram", weight: 0.4 },
  { referrer: "https://www.tiktok.com/", source: "tiktok", weight: 0.2 },
]

const REFERRING_SITES = [
  "https://www.marieclaire.fr/",
  "https://www.ouest-france.fr/",
  "https://blog-deco-maison.fr/",
  "https://www.cuisineaz.com/",
  "https://forum.madmoizelle.com/",
]

/** A click id of the shape ad networks use (opaque, long). */
const clickIdValue = (random: Random) => `${random.hex(8)}-${random.hex(24)}`

export function acquisitionFor(channel: ChannelId, random: Random, campaign?: string): Acquisition {
  switch (channel) {
    case "organic_search":
      return { channel, referrer: random.weighted(SEARCH_ENGINES, (engine) => engine.weight).referrer, utm: {}, clickId: null }
    case "paid_search":
      return {
        channel,
        referrer: "https://www.google.fr/",
        utm: { utm_source: "google", utm_medium: "cpc", utm_campaign: "marque-lumignon" },
        clickId: { name: "gclid", value: clickIdValue(random) },
      }
    case "organic_social": {
      const site = random.weighted(SOCIAL_SITES, (candidate) => candidate.weight)
      return {
        channel,
        referrer: site.referrer,
        utm: {},
        clickId: site.source === "tiktok" ? null : { name: "fbclid", value: clickIdValue(random) },
      }
    }
    case "paid_social": {
      const site = random.weighted(SOCIAL_SITES, (candidate) => candidate.weight)
      const tiktok = site.source === "tiktok"
      return {
        channel,
        referrer: site.referrer,
        utm: { utm_source: site.source, utm_medium: "paid_social", utm_campaign: "notoriete-lumignon" },
        clickId: { name: tiktok ? "ttclid" : "fbclid", value: clickIdValue(random) },
      }
    }
    case "email":
      return {
        channel,
        referrer: null,
        utm: { utm_source: "newsletter", utm_medium: "email", utm_campaign: campaign ?? "lettre-mensuelle" },
        clickId: null,
      }
    case "referral":
      return { channel, referrer: random.pick(REFERRING_SITES), utm: {}, clickId: null }
    case "direct":
      return { channel, referrer: null, utm: {}, clickId: null }
  }
}

export type DeviceType = "mobile" | "desktop" | "tablet"

export interface DeviceProfile {
  type: DeviceType
  userAgent: string
  os: string
  browser: string
  viewport: { width: number; height: number }
  screen: { width: number; height: number }
}

const DEVICES: Record<DeviceType, DeviceProfile[]> = {
  mobile: [
    {
      type: "mobile",
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      os: "iOS",
      browser: "Mobile Safari",
      viewport: { width: 390, height: 664 },
      screen: { width: 390, height: 844 },
    },
    {
      type: "mobile",
      userAgent:
        "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      os: "Android",
      browser: "Chrome",
      viewport: { width: 412, height: 780 },
      screen: { width: 412, height: 915 },
    },
  ],
  desktop: [
    {
      type: "desktop",
      userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      os: "Windows",
      browser: "Chrome",
      viewport: { width: 1536, height: 730 },
      screen: { width: 1536, height: 864 },
    },
    {
      type: "desktop",
      userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      os: "Mac OS X",
      browser: "Safari",
      viewport: { width: 1440, height: 780 },
      screen: { width: 1440, height: 900 },
    },
    {
      type: "desktop",
      userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
      os: "Windows",
      browser: "Firefox",
      viewport: { width: 1920, height: 950 },
      screen: { width: 1920, height: 1080 },
    },
  ],
  tablet: [
    {
      type: "tablet",
      userAgent:
        "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      os: "iOS",
      browser: "Mobile Safari",
      viewport: { width: 820, height: 1100 },
      screen: { width: 820, height: 1180 },
    },
  ],
}

export function deviceFor(mix: Record<DeviceType, number>, random: Random): DeviceProfile {
  const type = random.weighted(Object.keys(mix) as DeviceType[], (candidate) => mix[candidate])
  return random.pick(DEVICES[type])
}

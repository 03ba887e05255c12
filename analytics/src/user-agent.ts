// A deliberately small user-agent reader: posthog-js already sends $browser, $os and
// $device_type, so this only fills the gaps (server-side events, hand-written events, clients
// without posthog-js). Names follow posthog-js's spelling so both sources group together.

export type DeviceType = 'desktop' | 'mobile' | 'tablet' | 'console' | 'tv' | 'wearable'

export interface UserAgentInfo {
  browser: string | null
  os: string | null
  device_type: DeviceType | null
}

// Ordered: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSER_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Microsoft Edge'],
  [/\b(?:OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFxiOS\//, 'Firefox iOS'],
  [/\bFirefox\//, 'Firefox'],
  [/\bCriOS\//, 'Chrome iOS'],
  [/\b(?:HeadlessChrome|Chrome|Chromium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+ Mobile\/\S+ Safari\//, 'Mobile Safari'],
  [/\bVersion\/[\d.]+.*Safari\//, 'Safari'],
  [/\b(?:MSIE |Trident\/)/, 'Internet Explorer'],
]

const OS_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/\bWindows Phone\b/, 'Windows Phone'],
  [/\bWindows\b/, 'Windows'],
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'Chrome OS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'Mac OS X'],
  [/\bLinux\b/, 'Linux'],
]

const TV = /\b(?:SmartTV|SMART-TV|Tizen.+TV|Web0S|AppleTV|GoogleTV|CrKey)\b/i
const CONSOLE = /\b(?:PlayStation|Xbox|Nintendo)\b/
const WEARABLE = /\bWatch\b|\bwear os\b/i
const TABLET = /\biPad\b|\bTablet\b|\bKindle\b|\bSilk\//
const MOBILE = /\bMobi|\biPhone\b|\biPod\b|\bAndroid\b/
const ANDROID = /\bAndroid\b/
const MOBILE_TOKEN = /\bMobile\b/

function firstMatch(patterns: readonly (readonly [RegExp, string])[], ua: string): string | null {
  for (const [pattern, name] of patterns) if (pattern.test(ua)) return name
  return null
}

function deviceFrom(ua: string, os: string | null): DeviceType | null {
  if (TV.test(ua)) return 'tv'
  if (CONSOLE.test(ua)) return 'console'
  if (WEARABLE.test(ua)) return 'wearable'
  if (TABLET.test(ua)) return 'tablet'
  // Android tablets omit "Mobile"; phones include it.
  if (ANDROID.test(ua) && !MOBILE_TOKEN.test(ua)) return 'tablet'
  if (MOBILE.test(ua)) return 'mobile'
  return os === null ? null : 'desktop'
}

export function parseUserAgent(userAgent: string | null | undefined): UserAgentInfo {
  if (!userAgent) return { browser: null, os: null, device_type: null }
  const os = firstMatch(OS_PATTERNS, userAgent)
  return {
    browser: firstMatch(BROWSER_PATTERNS, userAgent),
    os,
    device_type: deviceFrom(userAgent, os),
  }
}

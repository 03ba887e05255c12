import type { UnknownRecord } from './json'
import { TEXT_LIMITS, readText } from './text'
import { type DeviceType, parseUserAgent } from './user-agent'

export type { DeviceType } from './user-agent'

export interface DeviceInfo {
  device_type: DeviceType | null
  browser: string | null
  os: string | null
}

const DEVICE_TYPES: ReadonlyMap<string, DeviceType> = new Map<string, DeviceType>([
  ['desktop', 'desktop'],
  ['mobile', 'mobile'],
  ['tablet', 'tablet'],
  ['console', 'console'],
  ['tv', 'tv'],
  ['wearable', 'wearable'],
])

/** posthog-js writes `Mobile`, `Tablet`, `Desktop`…; stored lower case as a closed set. */
export function readDeviceType(value: unknown): DeviceType | null {
  return typeof value === 'string' ? (DEVICE_TYPES.get(value.trim().toLowerCase()) ?? null) : null
}

/**
 * Device, browser and OS: posthog-js's own properties first (it reads more than the user
 * agent), the user agent only for what is missing. `userAgent` is `$raw_user_agent` or the
 * request's User-Agent header.
 */
export function detectDevice(properties: UnknownRecord, userAgent: string | null): DeviceInfo {
  const fromProperties: DeviceInfo = {
    device_type: readDeviceType(properties.$device_type),
    browser: readText(properties.$browser, TEXT_LIMITS.name),
    os: readText(properties.$os, TEXT_LIMITS.name),
  }
  const complete =
    fromProperties.device_type !== null && fromProperties.browser !== null && fromProperties.os !== null
  if (complete || userAgent === null) return fromProperties
  const fromAgent = parseUserAgent(userAgent)
  return {
    device_type: fromProperties.device_type ?? fromAgent.device_type,
    browser: fromProperties.browser ?? fromAgent.browser,
    os: fromProperties.os ?? fromAgent.os,
  }
}

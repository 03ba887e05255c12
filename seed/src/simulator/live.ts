import type { ChannelId } from "./acquisition"
import type { SimulatorSettings } from "./defaults"
import { channelVolumes, dayOf } from "./market"
import type { MarketState } from "./market-state"
import type { Random } from "./random"
import { activePromotions } from "./shop"
import { planVisit, type VisitPlan } from "./visit"

/**
 * Live mode (`npm run simulate -- --live --rate 2/s`): visitors arrive now, one at a time, at a
 * steady rate, each planned by the same models as the history (same channel mix, SEO effect,
 * campaigns, conversion), so a class watching the dashboard sees the shop's own market.
 */

const UNIT_SECONDS = { s: 1, min: 60, h: 3600 } as const

/** `2/s`, `30/min`, `500/h` → visitors per second. Refuses rates a 2-core machine cannot send (over 50/s). */
export function parseRate(text: string): number {
  const match = /^(\d+(?:[.,]\d+)?)\s*\/\s*(s|min|h)$/.exec(text.trim())
  if (!match) throw new Error(`rate « ${text} » : attendu un nombre de visiteurs par s, min ou h (2/s, 30/min, 500/h)`)
  const perSecond = Number(match[1]?.replace(",", ".")) / UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS]
  if (!(perSecond > 0) || perSecond > 50) throw new Error(`rate « ${text} » : entre 1/h et 50/s`)
  return perSecond
}

/** `90s`, `10m`, `2h` (or a bare number of seconds) → milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:[.,]\d+)?)\s*(s|m|min|h)?$/.exec(text.trim())
  if (!match) throw new Error(`durée « ${text} » : attendu 90s, 10m ou 2h`)
  const unit = match[2] === "h" ? 3_600_000 : match[2] === "m" || match[2] === "min" ? 60_000 : 1000
  const ms = Number(match[1]?.replace(",", ".")) * unit
  if (!(ms > 0)) throw new Error(`durée « ${text} » : doit être positive`)
  return ms
}

/**
 * When visitors are due: the n-th visitor of a run starts at `startMs + n / rate`. A pure
 * function of the clock, so a slow tick never loses visitors (it releases those it owes), and a
 * long stall (the laptop slept) releases at most `maxBurst` at once instead of a flood.
 */
export class RateSchedule {
  private released = 0

  constructor(
    private readonly startMs: number,
    private readonly perSecond: number,
    private readonly maxBurst = Math.max(5, Math.ceil(perSecond * 5))
  ) {}

  /** How many visitors to start at `nowMs` (and counts them as started). */
  due(nowMs: number): number {
    const owed = Math.floor(((nowMs - this.startMs) / 1000) * this.perSecond) + 1 - this.released
    if (owed <= 0) return 0
    const count = Math.min(owed, this.maxBurst)
    // Visitors skipped by a stall are forgotten, not owed for ever.
    this.released += owed
    return count
  }

  /** Milliseconds from `nowMs` until the next visitor is due. */
  delayUntilNext(nowMs: number): number {
    const nextAt = this.startMs + (this.released / this.perSecond) * 1000
    return Math.max(0, Math.ceil(nextAt - nowMs))
  }
}

/**
 * One visitor arriving at `at`: the channel drawn with the day's weights (each channel's expected
 * volume, organic search scaled by SEO, running campaigns' e-mail visitors), then planned as in
 * the history.
 */
export function planLiveVisit(input: { state: MarketState; settings: SimulatorSettings; random: Random; at: Date; seed: number }): VisitPlan {
  const { state, settings, random, at, seed } = input
  const { volumes, campaigns } = channelVolumes(dayOf(at, settings), state, settings, seed)
  type Arrival = { channel: ChannelId; weight: number; campaign?: { identifier: string; code: string | null } }
  const arrivals: Arrival[] = [...volumes].map(([channel, weight]) => ({ channel, weight }))
  for (const campaign of campaigns) arrivals.push({ channel: "email", weight: campaign.visitors, campaign })
  const arrival = random.weighted(arrivals, (entry) => entry.weight)
  return planVisit({
    state,
    startedAt: at,
    channel: arrival.channel,
    ...(arrival.campaign ? { campaign: arrival.campaign } : {}),
    random,
    settings,
    promotions: activePromotions(state.shop, at),
  })
}

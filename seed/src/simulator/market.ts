import type { ChannelId } from "./acquisition"
import type { SimulatorSettings } from "./defaults"
import type { MarketState } from "./market-state"
import { Random } from "./random"
import { activePromotions, isRunning } from "./shop"
import { planVisit, type VisitPlan } from "./visit"

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/** The first instant of a shop-local calendar day ("2026-11-28"), as a UTC Date. */
export function dayStart(day: string, settings: Pick<SimulatorSettings, "utcOffsetHours">): Date {
  const [year, month, date] = day.split("-").map(Number)
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1) - settings.utcOffsetHours * HOUR_MS)
}

/** The shop-local calendar day ("2026-11-28") an instant falls on. */
export function dayOf(instant: Date, settings: Pick<SimulatorSettings, "utcOffsetHours">): string {
  return new Date(instant.getTime() + settings.utcOffsetHours * HOUR_MS).toISOString().slice(0, 10)
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * Expected visitors of each channel on a day. Organic search grows with the catalogue's mean
 * SEO quality; each running campaign adds its own e-mail visitors on top.
 */
export function channelVolumes(day: string, state: MarketState, settings: SimulatorSettings, seed: number) {
  const random = Random.derive(seed, day, "volume")
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
  const noise = Math.max(0.5, 1 + random.normal(0, settings.dailyNoise))
  const total = settings.visitorsPerDay * (settings.weekdayShape[weekday] ?? 1) * noise
  const seoFactor = settings.seoFloor + settings.seoGain * state.meanSeoQuality
  const volumes = new Map<ChannelId, number>()
  for (const [channel, share] of Object.entries(settings.channelMix) as [ChannelId, number][]) {
    volumes.set(channel, Math.round(total * share * (channel === "organic_search" ? seoFactor : 1)))
  }
  const middle = new Date(dayStart(day, settings).getTime() + DAY_MS / 2)
  const campaigns = state.shop.campaigns
    .filter((campaign) => isRunning(campaign, middle))
    .map((campaign) => ({
      identifier: campaign.identifier,
      code: state.shop.promotions.find((promotion) => promotion.campaign === campaign.identifier && !promotion.automatic)?.code ?? null,
      visitors: Math.round(total * settings.campaignVisitorsShare),
    }))
  return { volumes, campaigns }
}

/**
 * Plans every visit of one shop-local day, in time order. The same seed, day and shop give the
 * same visits: each day draws from its own generator, so simulating days 1–30 then 31–60 gives
 * the same history as 1–60 in one run (given the same shop).
 */
export function simulateDay(input: { day: string; state: MarketState; settings: SimulatorSettings; seed: number }): VisitPlan[] {
  const { day, state, settings, seed } = input
  const random = Random.derive(seed, day, "visits")
  const start = dayStart(day, settings).getTime()
  const { volumes, campaigns } = channelVolumes(day, state, settings, seed)
  const arrivals: { at: number; channel: ChannelId; campaign?: { identifier: string; code: string | null } }[] = []
  const hours = settings.hourShape.map((weight, hour) => ({ weight, hour }))
  const arrivalTime = () => start + random.weighted(hours, (entry) => entry.weight).hour * HOUR_MS + Math.floor(random.next() * HOUR_MS)
  for (const [channel, count] of volumes) for (let index = 0; index < count; index++) arrivals.push({ at: arrivalTime(), channel })
  for (const campaign of campaigns) {
    for (let index = 0; index < campaign.visitors; index++) {
      arrivals.push({ at: arrivalTime(), channel: "email", campaign: { identifier: campaign.identifier, code: campaign.code } })
    }
  }
  arrivals.sort((a, b) => a.at - b.at)
  return arrivals.map((arrival) => {
    const startedAt = new Date(arrival.at)
    return planVisit({
      state,
      startedAt,
      channel: arrival.channel,
      campaign: arrival.campaign,
      random,
      settings,
      promotions: activePromotions(state.shop, startedAt),
    })
  })
}

/** Totals of a list of visits, per channel: what the determinism tests compare. */
export function summariseVisits(visits: readonly VisitPlan[]) {
  const byChannel: Record<string, { sessions: number; orders: number; steps: number }> = {}
  let orders = 0
  let steps = 0
  for (const visit of visits) {
    const entry = (byChannel[visit.acquisition.channel] ??= { sessions: 0, orders: 0, steps: 0 })
    entry.sessions++
    entry.steps += visit.steps.length
    steps += visit.steps.length
    if (visit.outcome === "order") {
      entry.orders++
      orders++
    }
  }
  return { sessions: visits.length, orders, steps, byChannel }
}

import { type ProportionDifference, proportionDifference } from "@comptoir/analytics"
import type { simulator } from "@comptoir/seed"

/** A replay and what its conversion difference owes to chance. */
export interface PromotionComparison {
  replay: simulator.PromotionReplay
  /** Conversion rate of B − conversion rate of A, with its 95 % interval (Newcombe). */
  conversion: ProportionDifference
}

export function comparePromotions(replay: simulator.PromotionReplay): PromotionComparison {
  const [a, b] = replay.scenarios
  const conversion = proportionDifference({ successes: b.orders, trials: b.sessions }, { successes: a.orders, trials: a.sessions })
  return { replay, conversion }
}

const frDate = (day: string) => day.split("-").reverse().join("/")
const count = (value: number) => value.toLocaleString("fr-FR")
const percent = (ratio: number) => ratio.toLocaleString("fr-FR", { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** A difference of rates in percentage points, signed: "+1,25 point", "−0,40 point", "+2,10 points". */
function points(ratio: number): string {
  const value = ratio * 100
  const text = value.toLocaleString("fr-FR", { signDisplay: "exceptZero", minimumFractionDigits: 2, maximumFractionDigits: 2 })
  return `${text} ${Math.abs(value) >= 2 ? "points" : "point"}`
}

/**
 * Which part of the difference is the promotion and which is chance: both runs had the same
 * visitors, so what differs is the promotion and the visitors' own random choices; the interval
 * is how far those choices alone could move the difference.
 */
export function chanceSentence(comparison: PromotionComparison): string {
  const [a, b] = comparison.replay.scenarios
  const { difference, interval, compatibleWithChance } = comparison.conversion
  if (difference === null || interval === null) return "Aucune visite sur la période : rien à comparer."
  const measured =
    `Écart de conversion ${b.code} − ${a.code} : ${points(difference)} ` +
    `(intervalle de confiance à 95 % : ${points(interval.low)} à ${points(interval.high)}).`
  return compatibleWithChance
    ? `${measured} L'intervalle contient 0 : la différence peut venir du hasard, ces visites ne permettent pas de départager les deux promotions.`
    : `${measured} L'intervalle ne contient pas 0 : la différence vient de la promotion, le hasard seul donnerait rarement un tel écart.`
}

/** The comparison as the terminal shows it: a two-column table, warnings, then the verdict. */
export function replayReportLines(comparison: PromotionComparison, currency: string): string[] {
  const { replay } = comparison
  const [a, b] = replay.scenarios
  const money = (amount: number | null) =>
    amount === null ? "—" : amount.toLocaleString("fr-FR", { style: "currency", currency: currency.toUpperCase() })
  const rows: [string, string, string][] = [
    ["", `A : ${a.code}`, `B : ${b.code}`],
    ["Visites", count(a.sessions), count(b.sessions)],
    ["Commandes", count(a.orders), count(b.orders)],
    ["Taux de conversion", percent(a.conversionRate), percent(b.conversionRate)],
    ["Chiffre d'affaires (articles, remises déduites)", money(a.revenue), money(b.revenue)],
    ["Remises accordées", money(a.discount), money(b.discount)],
    ["Panier moyen", money(a.averageBasket), money(b.averageBasket)],
    ["Jours où la promotion s'applique", count(a.activeDays), count(b.activeDays)],
  ]
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column as 0 | 1 | 2].length)))
  const table = rows.map(([label, first, second]) =>
    [label.padEnd(widths[0] ?? 0), first.padStart(widths[1] ?? 0), second.padStart(widths[2] ?? 0)].join("   ").trimEnd()
  )
  const warnings = replay.scenarios
    .filter((scenario) => scenario.activeDays < replay.days)
    .map(
      (scenario) =>
        `Attention : ${scenario.code} ne s'applique que ${count(scenario.activeDays)} jour(s) sur ${count(replay.days)} ` +
        "(sa campagne ne couvre pas toute la période) : l'écart mesure aussi cette absence."
    )
  return [
    `Rejeu du ${frDate(replay.firstDay)} au ${frDate(replay.lastDay)} (${count(replay.days)} jours, graine ${replay.seed}) : ` +
      "les mêmes visiteurs, des mêmes canaux, aux mêmes heures, une fois avec chaque promotion (les autres promotions comme dans la boutique). Rien n'est enregistré.",
    ...table,
    ...warnings,
    chanceSentence(comparison),
    "Chiffres estimés par le modèle du marché (remises calculées ici, livraison non comptée) : les montants réels sont ceux que Medusa calcule.",
  ]
}

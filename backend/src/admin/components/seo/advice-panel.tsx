import type { SeoAdvice, SeoRuleStatus } from "@comptoir/analytics/seo-advice"
import { StatusBadge, Text, Tooltip } from "@medusajs/ui"
import { seoMessages } from "./messages"

const m = seoMessages.advice

/** Traffic-light colours of @medusajs/ui's StatusBadge. */
const LIGHT: Record<SeoRuleStatus, "green" | "orange" | "red"> = { good: "green", warning: "orange", bad: "red" }

export function scoreColor(score: number): "green" | "orange" | "red" {
  return score >= 80 ? "green" : score >= 50 ? "orange" : "red"
}

/** The live advice: overall score, then one traffic light per rule with what to do. */
export function AdvicePanel({ advice }: { advice: SeoAdvice }) {
  return (
    <div className="flex flex-col gap-3" data-testid="seo-advice">
      <div className="flex items-center justify-between">
        <Text size="small" weight="plus">
          {m.heading}
        </Text>
        <StatusBadge color={scoreColor(advice.score)} data-testid="seo-advice-score">
          {m.score} : {advice.score} {m.outOf100}
        </StatusBadge>
      </div>
      <ul className="flex flex-col gap-2">
        {advice.rules.map((rule) => (
          <li key={rule.id} className="flex items-start gap-2" data-testid={`seo-rule-${rule.id}`} data-status={rule.status}>
            <Tooltip content={rule.why}>
              <span className="shrink-0 pt-0.5">
                <StatusBadge color={LIGHT[rule.status]}>{m.status[rule.status]}</StatusBadge>
              </span>
            </Tooltip>
            <div className="flex flex-col">
              <Text size="small" weight="plus">
                {rule.label}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {rule.message}
              </Text>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

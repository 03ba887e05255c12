import type { IndicatorDefinition } from "@comptoir/analytics"
import { InformationCircle } from "@medusajs/icons"
import { Text, Tooltip } from "@medusajs/ui"
import { messages } from "../../lib/statistics/messages"

/** The "?" beside a number: what it measures and how to recompute it by hand. */
export function IndicatorHelp({ definition }: { definition: IndicatorDefinition }) {
  return (
    <Tooltip
      maxWidth={320}
      content={
        <div className="flex flex-col gap-1 py-1">
          <Text size="small" weight="plus">
            {definition.label_fr}
          </Text>
          <Text size="small">{definition.explanation_fr}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {messages.help.formula} {definition.formula_fr}
          </Text>
        </div>
      }
    >
      <button
        type="button"
        aria-label={messages.help.button(definition.label_fr)}
        className="text-ui-fg-muted hover:text-ui-fg-subtle focus-visible:shadow-borders-focus inline-flex rounded-full outline-none"
      >
        <InformationCircle />
      </button>
    </Tooltip>
  )
}

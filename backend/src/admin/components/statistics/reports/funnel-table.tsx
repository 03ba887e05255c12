import type { FunnelStep } from "@comptoir/analytics"
import { indicatorColumn, textColumn } from "../../../lib/statistics/columns"
import { messages } from "../../../lib/statistics/messages"
import { DataTable } from "../data-table"

export function FunnelTable({ steps }: { steps: readonly FunnelStep[] }) {
  return (
    <DataTable
      rows={steps}
      rowKey={(step) => step.id}
      empty={messages.table.noRows}
      columns={[
        textColumn<FunnelStep>("step", messages.conversion.step, (step) => step.label_fr),
        indicatorColumn<FunnelStep>("funnel_sessions", (step) => step.sessions),
        indicatorColumn<FunnelStep>("rate_from_start", (step) => step.rate_from_start),
        indicatorColumn<FunnelStep>("drop_off", (step) => step.drop_off),
      ]}
    />
  )
}

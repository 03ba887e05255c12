import { TooltipProvider } from "@medusajs/ui"
import { QueryClientProvider } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { statisticsQueryClient } from "../../lib/statistics/query-client"

/** Everything the Statistiques pages need around them (see query-client.ts for why a client). */
export function StatisticsProvider({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={statisticsQueryClient}>
      <TooltipProvider delayDuration={150}>{children}</TooltipProvider>
    </QueryClientProvider>
  )
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { repairInterruptedCheckouts } from "../workflows/checkout/repair-interrupted-checkouts"

/**
 * A backend killed during a checkout leaves a half-written order (workflows/checkout/
 * interrupted-checkouts.ts). Every minute, so the first run comes within a minute of a restart;
 * the grace period keeps it off checkouts still running.
 */
export default async function repairInterruptedCheckoutsJob(container: MedusaContainer): Promise<void> {
  await repairInterruptedCheckouts(container)
}

export const config = {
  name: "repair-interrupted-checkouts",
  schedule: "* * * * *",
}

import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ACTIVITY_LOG_MODULE, type ActivityLogModuleService, type CustomerMention } from "../../../modules/activity-log"

/**
 * Takes the customer's e-mail and name out of the admin journal, keeping each entry and who made
 * it (the teacher's record of the class's work). The compensation writes the old text back.
 */
export const scrubActivityJournalStep = createStep(
  "scrub-activity-journal",
  async (mention: CustomerMention, { container }) => {
    const journal = container.resolve<ActivityLogModuleService>(ACTIVITY_LOG_MODULE)
    const previous = await journal.scrubCustomerMentions(mention)
    return new StepResponse(previous.length, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<ActivityLogModuleService>(ACTIVITY_LOG_MODULE).restoreScrubbedEntries(previous)
  }
)

import { removeCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { type PersonRecords, personLink, personMention } from "./person-records"
import { anonymiseCartsStep } from "./steps/anonymise-carts"
import { anonymiseCustomerStep } from "./steps/anonymise-customer"
import { anonymiseOrdersStep } from "./steps/anonymise-orders"
import { erasePersonEventsStep } from "./steps/erase-person-events"
import { scrubActivityJournalStep } from "./steps/scrub-activity-journal"

/**
 * The right to erasure for one customer (admin "Données personnelles"): orders and carts kept
 * with their personal fields blanked, the customer blanked then deleted with their login
 * (Medusa's own workflow), their e-mail and name replaced in the admin journal (the entries
 * stay), and their analytics events deleted last (that step cannot be undone).
 */
export const erasePersonalDataWorkflow = createWorkflow("erase-personal-data", (records: PersonRecords) => {
  const ids = transform({ records }, ({ records }) => ({
    customerId: records.customer.id,
    link: personLink(records),
    mention: personMention(records),
  }))
  const orders = anonymiseOrdersStep(transform({ records }, ({ records }) => ({ customerId: records.customer.id, orders: records.orders })))
  const carts = anonymiseCartsStep(transform({ records }, ({ records }) => ({ customerId: records.customer.id, carts: records.carts })))
  anonymiseCustomerStep(transform({ records }, ({ records }) => records.customer))
  removeCustomerAccountWorkflow.runAsStep({ input: transform({ ids }, ({ ids }) => ({ customerId: ids.customerId })) })
  const journal = scrubActivityJournalStep(transform({ ids }, ({ ids }) => ids.mention))
  const analytics = erasePersonEventsStep(transform({ ids }, ({ ids }) => ids.link))
  return new WorkflowResponse(
    transform({ orders, carts, journal, analytics }, ({ orders, carts, journal, analytics }) => ({
      orders_anonymised: orders,
      carts_anonymised: carts,
      journal_entries_scrubbed: journal,
      analytics_events_deleted: analytics.events,
    }))
  )
})

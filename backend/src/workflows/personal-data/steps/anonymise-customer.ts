import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ERASED_ADDRESS_FIELDS, ERASED_CUSTOMER_FIELDS, addressSnapshot, anonymisedEmail } from "../anonymise"
import type { Address, PersonCustomer } from "../person-records"

/**
 * Blanks the customer and their address book before Medusa deletes the customer: its deletion
 * is a soft delete, which would otherwise keep the name and e-mail in the row.
 */
export const anonymiseCustomerStep = createStep(
  "anonymise-customer",
  async (customer: PersonCustomer, { container }) => {
    const customerModule = container.resolve(Modules.CUSTOMER)
    const addresses = ((customer.addresses ?? []) as Address[]).filter(Boolean)
    const before = {
      customer: {
        email: customer.email,
        first_name: customer.first_name ?? null,
        last_name: customer.last_name ?? null,
        company_name: customer.company_name ?? null,
        phone: customer.phone ?? null,
        metadata: customer.metadata ?? null,
      },
      addresses: addresses.map(addressSnapshot),
    }
    await customerModule.updateCustomers(customer.id, { ...ERASED_CUSTOMER_FIELDS, email: anonymisedEmail(customer.id) })
    for (const address of addresses) {
      await customerModule.updateCustomerAddresses(address.id, { ...ERASED_ADDRESS_FIELDS, address_name: null })
    }
    return new StepResponse(customer.id, { id: customer.id, ...before })
  },
  async (before, { container }) => {
    if (!before) return
    const customerModule = container.resolve(Modules.CUSTOMER)
    await customerModule.updateCustomers(before.id, before.customer as never)
    for (const { id, ...fields } of before.addresses) await customerModule.updateCustomerAddresses(id, fields as never)
  }
)

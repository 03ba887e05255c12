import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ERASED_ADDRESS_FIELDS, addressSnapshot, addressesOf, anonymisedEmail } from "../anonymise"
import type { PersonOrder } from "../person-records"

type Input = { customerId: string; orders: PersonOrder[] }

/** Replaces the e-mail and addresses of a customer's orders; the orders themselves stay (accounting). */
export const anonymiseOrdersStep = createStep(
  "anonymise-orders",
  async ({ customerId, orders }: Input, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const addresses = addressesOf(orders)
    const before = {
      orders: orders.map((order) => ({ id: order.id, email: order.email ?? undefined })),
      addresses: addresses.map(addressSnapshot),
    }
    if (orders.length > 0) {
      await orderModule.updateOrders(orders.map((order) => ({ id: order.id, email: anonymisedEmail(customerId) })))
    }
    if (addresses.length > 0) {
      await orderModule.updateOrderAddresses(addresses.map((address) => ({ id: address.id, ...ERASED_ADDRESS_FIELDS })))
    }
    return new StepResponse(orders.length, before)
  },
  async (before, { container }) => {
    if (!before) return
    const orderModule = container.resolve(Modules.ORDER)
    if (before.orders.length > 0) await orderModule.updateOrders(before.orders)
    if (before.addresses.length > 0) await orderModule.updateOrderAddresses(before.addresses as never)
  }
)

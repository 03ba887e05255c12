import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"

// `medusa exec` script of interrupted-checkout.spec.ts: completes CART_ID with Medusa's workflow
// and stops inside it, at CUT_AT, writing SIGNAL_FILE, until the test kills the process.
//   order: once the order row is committed, before the links, reservations and promotion uses;
//   reservation: when the stock is about to be reserved, the steps beside it (links, completed
//   cart, promotion uses) left to finish;
//   payment: once the payment is authorized, everything but the capture transactions and the
//   `order.placed` event written.

const hang = () => new Promise<never>(() => setInterval(() => {}, 1_000))

export default async function cutCheckout({ container }: ExecArgs): Promise<void> {
  const { CART_ID, SIGNAL_FILE, CUT_AT } = process.env
  if (!CART_ID || !SIGNAL_FILE || !["order", "reservation", "payment"].includes(CUT_AT ?? "")) {
    throw new Error("CART_ID, SIGNAL_FILE and CUT_AT=order|reservation|payment expected")
  }
  // The step resolves the module's service from this container: the same instance, so the
  // wrapper is what it calls.
  if (CUT_AT === "order") {
    const orders = container.resolve(Modules.ORDER)
    const createOrders = orders.createOrders.bind(orders)
    orders.createOrders = (async (...args: Parameters<typeof createOrders>) => {
      await createOrders(...args)
      fs.writeFileSync(SIGNAL_FILE, "order")
      return hang()
    }) as typeof orders.createOrders
  } else if (CUT_AT === "payment") {
    const payments = container.resolve(Modules.PAYMENT)
    const authorize = payments.authorizePaymentSession.bind(payments)
    payments.authorizePaymentSession = (async (...args: Parameters<typeof authorize>) => {
      await authorize(...args)
      fs.writeFileSync(SIGNAL_FILE, "payment")
      return hang()
    }) as typeof payments.authorizePaymentSession
  } else {
    const inventory = container.resolve(Modules.INVENTORY)
    inventory.createReservationItems = (async () => {
      fs.writeFileSync(SIGNAL_FILE, "reservation")
      return hang()
    }) as typeof inventory.createReservationItems
  }
  await completeCartWorkflow(container).run({ input: { id: CART_ID } })
}

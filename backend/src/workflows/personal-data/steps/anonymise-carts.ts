import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { ERASED_ADDRESS_FIELDS, addressSnapshot, addressesOf, anonymisedEmail } from "../anonymise"
import type { PersonCart } from "../person-records"

type Input = { customerId: string; carts: PersonCart[] }

/** Carts keep the e-mail and addresses typed at checkout: they are replaced like the orders'. */
export const anonymiseCartsStep = createStep(
  "anonymise-carts",
  async ({ customerId, carts }: Input, { container }) => {
    const cartModule = container.resolve(Modules.CART)
    const addresses = addressesOf(carts)
    const before = {
      carts: carts.map((cart) => ({ id: cart.id, email: cart.email ?? undefined })),
      addresses: addresses.map(addressSnapshot),
    }
    if (carts.length > 0) {
      await cartModule.updateCarts(carts.map((cart) => ({ id: cart.id, email: anonymisedEmail(customerId) })))
    }
    if (addresses.length > 0) {
      // The DTO types say string | undefined, but the columns are nullable: null is what erases.
      await cartModule.updateAddresses(addresses.map((address) => ({ id: address.id, ...ERASED_ADDRESS_FIELDS })) as never)
    }
    return new StepResponse(carts.length, before)
  },
  async (before, { container }) => {
    if (!before) return
    const cartModule = container.resolve(Modules.CART)
    if (before.carts.length > 0) await cartModule.updateCarts(before.carts)
    if (before.addresses.length > 0) await cartModule.updateAddresses(before.addresses as never)
  }
)

import type { simulator } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { type CatalogueVariant, type ComputedOrder, computeOrder, readCatalogue, readShippingOffers, type ShippingOffer, taxLinesOf } from "./bulk-checkout"
import { type Accepted, writeBulkOrders } from "./bulk-write"
import { PhaseTimings } from "./phase-timings"
import type { OrderInput, PlacedOrder } from "./place-order"
import { dropPromoCode, orderInputOf, type PlannedOrderIdentity, SimulationInterrupted, withoutPromoCode } from "./place-planned"
import type { ShopContext } from "./shop-snapshot"
import { type BulkKillHook, clearPendingUsage, dropPendingUsage, notePendingUsage, SimulatedKill, undoUnfinishedBulkOrders } from "./undo-unfinished"

/**
 * The history's orders placed a week at a time, with Medusa's modules in bulk instead of one
 * Store API checkout each (~1 s of workflow overhead per order on the 2-core machine). What a
 * checkout decides comes from the same services (bulk-checkout.ts); what it writes is written
 * the same way, in arrays (bulk-write.ts): guest customers, orders, stock reservations, promotion
 * usage, authorised payment collections, and the links completeCart creates.
 */
export class BulkOrderPlacer {
  private shippingOffers: ShippingOffer[] | null = null
  private locationIds: string[] | null = null
  readonly phases = new PhaseTimings()

  constructor(
    private readonly container: MedusaContainer,
    private readonly shop: ShopContext,
    /** Test hook standing in for a SIGKILL inside a week (see undo-unfinished.ts). */
    private readonly killHook?: BulkKillHook
  ) {}

  /**
   * Places the visits' orders in plan order: an order the stock can no longer serve is refused
   * (null) as the checkout would refuse it, a promotion code that does not exist is dropped and
   * the order placed without it. `limit` stands in for a kill (see placePlannedOrders).
   */
  async placeBatch(
    visits: readonly simulator.VisitPlan[],
    identityOf: (visit: simulator.VisitPlan) => PlannedOrderIdentity | undefined,
    log: (line: string) => void,
    limit?: number
  ): Promise<Map<simulator.VisitPlan, PlacedOrder | null>> {
    const outcomes = new Map<simulator.VisitPlan, PlacedOrder | null>()
    let planned = visits.filter((visit) => visit.outcome === "order")
    const interrupted = limit !== undefined && planned.length > limit
    if (interrupted) planned = planned.slice(0, limit)
    if (planned.length === 0) {
      if (interrupted) throw new SimulationInterrupted(0)
      return outcomes
    }
    const inputs = planned.map((visit) => orderInputOf(visit, this.shop.countryCode, identityOf(visit)))
    const [catalogue, offers, locations, promotionIds] = await this.timed("read", () =>
      Promise.all([
        readCatalogue(this.container, this.shop, inputs.flatMap((input) => input.lines.map((line) => line.variantId))),
        this.offers(),
        this.locations(),
        this.promotionIds(inputs),
      ])
    )
    const available = await this.timed("read", () => this.availability(catalogue, locations))
    const customers = await this.timed("customers", () => this.guestCustomers(inputs.map((input) => input.email)))
    const drafts = inputs.map((input, index) => {
      const visit = planned[index] as simulator.VisitPlan
      // An unknown code makes the Store API refuse the cart: the workflow path then places the order without it.
      const kept = input.promoCode && !promotionIds.has(input.promoCode) ? withoutPromoCode(input, identityOf(visit)) : input
      if (kept !== input) dropPromoCode(visit)
      const chosen = input.chooseShipping(offers)
      const shipping = offers.find((offer) => offer.id === chosen)
      if (!shipping) throw new Error("the shop has no shipping option for its default region")
      return { input: kept, customer: customers.get(kept.email) ?? null, shipping }
    })
    const taxes = await this.timed("taxes", () => taxLinesOf(this.container, this.shop, drafts, catalogue))

    // Plan order decides: stock taken and promotion budgets used by an order are seen by the next.
    const accepted: Accepted[] = []
    const promotion = this.container.resolve(Modules.PROMOTION)
    for (const [index, draft] of drafts.entries()) {
      const visit = planned[index] as simulator.VisitPlan
      const reservations = this.reserve(draft.input, catalogue, available, locations)
      if (!reservations) {
        log(`commande refusée par Medusa : stock insuffisant pour ${draft.input.lines.map((line) => line.variantId).join(", ")}`)
        outcomes.set(visit, null)
        continue
      }
      let order: ComputedOrder
      try {
        order = await this.timed("promotions", () =>
          computeOrder(this.container, this.shop, draft, catalogue, { items: taxes.items[index] ?? [], shipping: taxes.shipping[index] ?? [] }, promotionIds)
        )
      } catch (error) {
        // A basket the checkout cannot price is refused alone, as a failed Store API cart would be.
        this.giveBack(reservations, available)
        log(`commande refusée par Medusa : ${error instanceof Error ? error.message : String(error)}`)
        outcomes.set(visit, null)
        continue
      }
      const usageContext = { customer_id: draft.customer?.id ?? null, customer_email: draft.input.email }
      if (order.usage.length > 0) {
        // Noted before it is counted, so a kill from here on gives it back once (undo-unfinished.ts).
        await notePendingUsage(this.container, { sessionId: draft.input.visit.sessionId, actions: order.usage, context: usageContext })
        if (this.killHook?.phase === "usage" && accepted.filter((entry) => entry.order.usage.length > 0).length === this.killHook.afterOrders) {
          throw new SimulatedKill("usage")
        }
        try {
          await this.timed("promotions", () => promotion.registerUsage(order.usage, usageContext))
        } catch (error) {
          // A live checkout used the last of a limit or budget meanwhile ("limit exceeded"): the
          // order is refused alone, as that checkout's completion would refuse it. registerUsage
          // counts in one transaction, so nothing was counted: its note goes with it.
          await dropPendingUsage(this.container, draft.input.visit.sessionId)
          this.giveBack(reservations, available)
          log(`commande refusée par Medusa : ${error instanceof Error ? error.message : String(error)}`)
          outcomes.set(visit, null)
          continue
        }
      }
      accepted.push({ visit, input: draft.input, customerId: draft.customer?.id, order, reservations, usageContext })
    }
    try {
      const context = { container: this.container, shop: this.shop, timed: this.timed.bind(this), killHook: this.killHook }
      for (const [visit, placed] of await writeBulkOrders(context, accepted)) outcomes.set(visit, placed)
    } catch (error) {
      // What was written goes and the noted uses go back, as a resumed run would do after a
      // kill (the same code, so they go back once); the orders are placed again by the next run.
      if (!(error instanceof SimulatedKill)) await undoUnfinishedBulkOrders(this.container)
      throw error
    }
    await clearPendingUsage(this.container)
    if (interrupted) throw new SimulationInterrupted(accepted.length)
    return outcomes
  }

  /**
   * Takes an order's units from the batch's stock, or refuses the whole order as the checkout's
   * inventory confirmation does: a location of the sales channel must hold every required unit.
   */
  private reserve(input: OrderInput, catalogue: Map<string, CatalogueVariant>, available: Map<string, Map<string, number>>, locations: readonly string[]) {
    const taken: Accepted["reservations"] = []
    for (const line of input.lines) {
      const variant = catalogue.get(line.variantId)
      if (!variant) return null
      if (!variant.manage_inventory) continue
      for (const inventoryItem of variant.inventory_items ?? []) {
        const quantity = line.quantity * Number(inventoryItem.required_quantity ?? 1)
        const levels = available.get(inventoryItem.inventory_item_id)
        const locationId = locations.find((location) => variant.allow_backorder || (levels?.get(location) ?? -Infinity) >= quantity)
        if (!locationId) {
          this.giveBack(taken, available)
          return null
        }
        levels?.set(locationId, (levels.get(locationId) ?? 0) - quantity)
        taken.push({ variantId: variant.id, inventory_item_id: inventoryItem.inventory_item_id, location_id: locationId, quantity, allow_backorder: !!variant.allow_backorder })
      }
    }
    return taken
  }

  private giveBack(taken: Accepted["reservations"], available: Map<string, Map<string, number>>): void {
    for (const { inventory_item_id, location_id, quantity } of taken) {
      const levels = available.get(inventory_item_id)
      levels?.set(location_id, (levels.get(location_id) ?? 0) + quantity)
    }
  }

  /** Available units (stocked − reserved) per inventory item and location of the sales channel. */
  private async availability(catalogue: Map<string, CatalogueVariant>, locations: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const itemIds = [...catalogue.values()].flatMap((variant) => (variant.inventory_items ?? []).map((item) => item.inventory_item_id))
    const available = new Map<string, Map<string, number>>()
    if (itemIds.length === 0 || locations.length === 0) return available
    const levels = await this.container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemIds, location_id: [...locations] })
    for (const level of levels) {
      const byLocation = available.get(level.inventory_item_id) ?? new Map<string, number>()
      byLocation.set(level.location_id, Number(level.stocked_quantity) - Number(level.reserved_quantity))
      available.set(level.inventory_item_id, byLocation)
    }
    return available
  }

  /** The guest customers of these e-mails, created when missing, as the cart's find-or-create step does. */
  private async guestCustomers(emails: readonly string[]) {
    const customerModule = this.container.resolve(Modules.CUSTOMER)
    const unique = [...new Set(emails)]
    const found = await customerModule.listCustomers({ email: unique }, { relations: ["groups"] })
    const byEmail = new Map<string, (typeof found)[number]>()
    // A registered customer wins over a guest of the same e-mail, as in findOrCreateCustomerStep.
    for (const customer of found) if (!byEmail.has(customer.email ?? "") || customer.has_account) byEmail.set(customer.email ?? "", customer)
    const missing = unique.filter((email) => !byEmail.has(email))
    if (missing.length > 0) {
      const created = await customerModule.createCustomers(missing.map((email) => ({ email })))
      for (const customer of created) byEmail.set(customer.email ?? "", { ...customer, groups: [] })
    }
    return byEmail
  }

  private async promotionIds(inputs: readonly OrderInput[]): Promise<Map<string, string>> {
    const query = this.container.resolve(ContainerRegistrationKeys.QUERY)
    const codes = [...new Set(inputs.map((input) => input.promoCode).filter((code): code is string => !!code))]
    // Automatic promotions too: their adjustments name them by code.
    const { data } = await query.graph({ entity: "promotion", fields: ["id", "code", "is_automatic"] })
    return new Map(
      (data as { id: string; code: string | null; is_automatic: boolean }[])
        .filter((promotion) => promotion.code && (promotion.is_automatic || codes.includes(promotion.code)))
        .map((promotion) => [promotion.code as string, promotion.id])
    )
  }

  private async offers(): Promise<ShippingOffer[]> {
    this.shippingOffers ??= await readShippingOffers(this.container, this.shop)
    if (this.shippingOffers.length === 0) throw new Error("the shop has no shipping option for its default region")
    return this.shippingOffers
  }

  /** The sales channel's stock locations, where its carts reserve. */
  private async locations(): Promise<string[]> {
    if (this.locationIds) return this.locationIds
    const query = this.container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: this.shop.salesChannelId } })
    this.locationIds = ((data[0]?.stock_locations ?? []) as ({ id: string } | null)[]).flatMap((location) => (location ? [location.id] : []))
    return this.locationIds
  }

  private timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
    return this.phases.time(phase, work)
  }
}

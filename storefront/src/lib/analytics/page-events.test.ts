import { checkEventProperties, EVENT_NAMES } from "@comptoir/analytics/browser";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { track } from "./client";
import type { StorefrontEvent, StorefrontEventName } from "./events";
import { productListViewedEvent, productViewedEvent, searchPerformedEvent } from "./page-events";

const LONG = "Très long titre ".repeat(30);

function expectAccepted(event: StorefrontEvent) {
  expect(checkEventProperties(event.name, event.properties)).toEqual({ ok: true });
}

describe("page events against the analytics contract", () => {
  it("product_viewed, with a title longer than the contract allows cut rather than refused", () => {
    const event = productViewedEvent(
      {
        id: "prod_1",
        handle: "tasse",
        title: LONG,
        price: { amount: 14.9, originalAmount: null, currencyCode: "eur", isFrom: false },
        collection: { id: "pcol_1", title: "Noël", handle: "noel" },
      },
      { id: "variant_1", price: { amount: 12, originalAmount: 14.9, currencyCode: "eur" } },
      "Cuisine",
    );
    expectAccepted(event);
    expect(event.properties).toMatchObject({ variant_id: "variant_1", price: 12, currency: "eur", category: "Cuisine", collection: "Noël" });
    expect(checkEventProperties(event.name, { ...event.properties, product_title: LONG }).ok).toBe(false);
  });

  it("product_viewed without price or variant", () => {
    expectAccepted(productViewedEvent({ id: "p", handle: "p", title: "P", price: null, collection: null }, null, null));
  });

  it("product_list_viewed for home, category and collection lists", () => {
    expectAccepted(productListViewedEvent({ type: "home", productsCount: 8 }));
    expectAccepted(productListViewedEvent({ type: "category", id: "pcat_1", name: LONG, productsCount: 0 }));
  });

  it("search_performed, with the query bounded", () => {
    expectAccepted(searchPerformedEvent("tasse bleue", 3));
    expectAccepted(searchPerformedEvent("x".repeat(500), 0));
  });
});

describe("event typing", () => {
  it("types track() by the contract: names from EVENT_NAMES, properties from the schemas", () => {
    expectTypeOf<Parameters<typeof track>[0]>().toEqualTypeOf<StorefrontEventName>();
    expectTypeOf<"product_viewed">().toExtend<StorefrontEventName>();
    expectTypeOf<typeof EVENT_NAMES.searchPerformed>().toExtend<StorefrontEventName>();
    // posthog-js sends pageviews itself and the backend sends order events: the browser cannot.
    expectTypeOf<"$pageview">().not.toExtend<StorefrontEventName>();
    expectTypeOf<"order_placed">().not.toExtend<StorefrontEventName>();

    const wellTyped: StorefrontEvent = { name: "search_performed", properties: { query: "tasse", results_count: 2 } };
    // @ts-expect-error results_count is required by the contract
    const missing: StorefrontEvent = { name: "search_performed", properties: { query: "tasse" } };
    // @ts-expect-error list_type is an enum in the contract
    const wrongEnum: StorefrontEvent = { name: "product_list_viewed", properties: { list_type: "promo", products_count: 1 } };
    expect([wellTyped, missing, wrongEnum]).toHaveLength(3);
  });
});

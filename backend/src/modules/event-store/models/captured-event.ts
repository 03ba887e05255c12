import { model } from "@medusajs/framework/utils"

/**
 * One analytics event: browser events from posthog-js and the backend's own order events.
 *
 * Typed columns hold what reports filter and group on; everything else stays in `properties`
 * (JSONB). Categorical values (channel, device type…) are plain text rather than enums: their
 * closed sets live in the analytics package, and a new value there must never make the ingest
 * fail on a CHECK constraint the database has not caught up with.
 *
 * There is no IP address column, on purpose (privacy by default): the ingest never stores one.
 */
export const CapturedEvent = model
  .define("captured_event", {
    /** The client's event uuid (posthog-js retries resend it), or one the server assigned. */
    uuid: model.text().primaryKey(),
    event: model.text(),
    distinct_id: model.text().nullable(),
    session_id: model.text().nullable(),
    /** When it happened, on the server's clock (sender drift corrected by the normalisation). */
    timestamp: model.dateTime(),
    url: model.text().nullable(),
    host: model.text().nullable(),
    pathname: model.text().nullable(),
    referrer: model.text().nullable(),
    referring_domain: model.text().nullable(),
    utm_source: model.text().nullable(),
    utm_medium: model.text().nullable(),
    utm_campaign: model.text().nullable(),
    utm_term: model.text().nullable(),
    utm_content: model.text().nullable(),
    click_id: model.text().nullable(),
    click_id_type: model.text().nullable(),
    /** Default channel group id of the session (`organic_search`…); null for order events. */
    channel: model.text().nullable(),
    channel_rule: model.text().nullable(),
    device_type: model.text().nullable(),
    browser: model.text().nullable(),
    os: model.text().nullable(),
    viewport_width: model.number().nullable(),
    viewport_height: model.number().nullable(),
    screen_width: model.number().nullable(),
    screen_height: model.number().nullable(),
    browser_language: model.text().nullable(),
    timezone: model.text().nullable(),
    lib: model.text().nullable(),
    lib_version: model.text().nullable(),
    /** Robots are flagged, never dropped: reports exclude them and can show what was excluded. */
    is_bot: model.boolean().default(false),
    bot_reason: model.text().nullable(),
    bot_name: model.text().nullable(),
    /** Sent by the market simulator: counted apart from real visitors. */
    is_simulated: model.boolean().default(false),
    /** Why the properties break the event contract, kept for debugging; null when they follow it. */
    contract_error: model.text().nullable(),
    properties: model.json(),
  })
  .indexes([
    // Every report reads a period; events arrive in time order, so this index grows at its end.
    { name: "IDX_captured_event_timestamp", on: ["timestamp"], where: null },
    // Sessions, funnels and the visit behind an order.
    { name: "IDX_captured_event_session_timestamp", on: ["session_id", "timestamp"], where: null },
    // Counts of one event over a period (product views, orders placed…).
    { name: "IDX_captured_event_event_timestamp", on: ["event", "timestamp"], where: null },
    // Acquisition reports: human traffic only, by channel.
    {
      name: "IDX_captured_event_human_channel_timestamp",
      on: ["channel", "timestamp"],
      where: "is_bot = false AND channel IS NOT NULL",
    },
  ])

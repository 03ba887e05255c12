import { describe, expect, it } from 'vitest'
import { type EventProperties, EVENT_PROPERTY_SCHEMAS, checkEventProperties } from './contract'
import { EVENT_NAMES, SERVER_EVENT_NAMES, isContractEventName } from './names'

const validOrder: EventProperties<'order_placed'> = {
  order_id: 'order_01JD',
  display_id: 12,
  total: 38.9,
  discount_total: 4,
  currency: 'eur',
  promotions: [{ promotion_id: 'promo_01', code: 'RENTREE10', amount: 4 }],
  items: [{ product_id: 'prod_01', variant_id: 'variant_01', title: 'Sweat bleu', quantity: 1, unit_price: 39.9 }],
}

// One valid example per contract event: the test fails if a schema stops accepting what the
// storefront and the backend send.
const VALID_EXAMPLES: { [Name in keyof typeof EVENT_PROPERTY_SCHEMAS]: EventProperties<Name> } = {
  $pageview: { $current_url: 'http://localhost:8000/fr' },
  $pageleave: {},
  product_list_viewed: { list_type: 'collection', list_id: 'pcol_01', list_name: 'Été', products_count: 12 },
  product_viewed: { product_id: 'prod_01', product_title: 'Sweat bleu', price: 39.9, currency: 'EUR' },
  search_performed: { query: 'sweat', results_count: 3 },
  product_added_to_cart: { product_id: 'prod_01', variant_id: 'variant_01', quantity: 2, unit_price: 39.9, currency: 'eur' },
  product_removed_from_cart: { product_id: 'prod_01', variant_id: 'variant_01', quantity: 1 },
  cart_viewed: { cart_id: 'cart_01', items_count: 2, subtotal: 79.8, currency: 'eur' },
  checkout_started: { cart_id: 'cart_01', items_count: 2 },
  checkout_step_completed: { cart_id: 'cart_01', step: 'shipping', step_number: 3 },
  promo_code_applied: { cart_id: 'cart_01', code: 'RENTREE10', discount_total: 4, currency: 'eur' },
  promo_code_rejected: { code: 'NOEL', reason: 'Le code promo NOEL a expiré' },
  order_placed: validOrder,
  order_canceled: { order_id: 'order_01JD' },
  order_refunded: { order_id: 'order_01JD', amount: 10, currency: 'eur', reason: 'Article abîmé' },
}

describe('event names', () => {
  it('defines each name once', () => {
    const names = Object.values(EVENT_NAMES)
    expect(new Set(names).size).toBe(names.length)
  })

  it('has a schema for every name and only for those', () => {
    expect(Object.keys(EVENT_PROPERTY_SCHEMAS).sort()).toEqual([...Object.values(EVENT_NAMES)].sort())
  })

  it('marks the order events as server-side', () => {
    expect([...SERVER_EVENT_NAMES].sort()).toEqual(['order_canceled', 'order_placed', 'order_refunded'])
    expect(isContractEventName('product_viewed')).toBe(true)
    expect(isContractEventName('$autocapture')).toBe(false)
  })
})

describe('checkEventProperties', () => {
  it.each(Object.entries(VALID_EXAMPLES))('accepts a valid %s', (event, properties) => {
    expect(checkEventProperties(event, properties)).toEqual({ ok: true })
  })

  it('lets posthog-js $ properties through', () => {
    expect(checkEventProperties('search_performed', { query: 'x', results_count: 0, $browser: 'Chrome', $lib: 'web' })).toEqual({ ok: true })
  })

  it('passes events outside the contract', () => {
    expect(checkEventProperties('$autocapture', { anything: [1, 2] })).toEqual({ ok: true })
  })

  it.each([
    ['search_performed', { query: 'x' }, /^search_performed: results_count: /],
    ['search_performed', { query: 'x'.repeat(201), results_count: 1 }, /^search_performed: query: /],
    ['product_viewed', { product_id: 'p', product_title: 't'.repeat(201) }, /product_title/],
    ['product_added_to_cart', { product_id: 'p', variant_id: 'v', quantity: 0 }, /quantity/],
    ['checkout_step_completed', { cart_id: 'c', step: 'teleport', step_number: 1 }, /step/],
    ['promo_code_rejected', { code: 'X' }, /reason/],
    ['order_placed', { ...validOrder, currency: 'euro' }, /currency/],
    ['order_placed', { ...validOrder, total: -1 }, /total/],
    ['order_placed', { ...validOrder, items: [] }, /items/],
    ['order_placed', { ...validOrder, promotions: [{ promotion_id: 'p', amount: 'cinq' }] }, /promotions\.0\.amount/],
    ['order_refunded', { order_id: 'o', currency: 'eur' }, /amount/],
    ['$pageview', { $current_url: `https://a.fr/${'x'.repeat(2100)}` }, /\$current_url/],
    ['cart_viewed', 'not an object', /^cart_viewed: properties: /],
  ])('refuses a bad %s and names the property', (event, properties, reason) => {
    const result = checkEventProperties(event, properties)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toMatch(reason)
  })
})

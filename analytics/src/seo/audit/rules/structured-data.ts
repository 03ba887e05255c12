import type { PageFacts } from '../extract'
import { AUDIT_TEXT as T } from '../messages.fr'
import { finding, type AuditRule } from './types'

type JsonObject = Record<string, unknown>

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every node of a JSON-LD value: arrays, @graph and nested objects (a Product inside an ItemPage). */
function nodes(value: unknown, found: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) value.forEach((item) => nodes(item, found))
  else if (isObject(value)) {
    found.push(value)
    Object.values(value).forEach((child) => nodes(child, found))
  }
  return found
}

const hasType = (node: JsonObject, type: string) =>
  [node['@type']].flat().some((value) => typeof value === 'string' && value.replace(/^https?:\/\/schema\.org\//, '') === type)

const present = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)

/** Fields Google needs to show a product with its price ("extrait enrichi"). */
function missingProductFields(product: JsonObject): string[] {
  const missing = ['name', 'image'].filter((field) => !present(product[field]))
  const offers = [product.offers].flat().filter(isObject)
  const offer = offers[0]
  if (!offer) return [...missing, 'offers.price', 'offers.priceCurrency', 'offers.availability']
  // An AggregateOffer carries its price as lowPrice.
  if (!present(offer.price) && !present(offer.lowPrice)) missing.push('offers.price')
  if (!present(offer.priceCurrency)) missing.push('offers.priceCurrency')
  if (!present(offer.availability) && !hasType(offer, 'AggregateOffer')) missing.push('offers.availability')
  return missing
}

const isProductPage = (facts: PageFacts) => /\/produits?\//.test(new URL(facts.baseUrl).pathname)

export const structuredDataRule: AuditRule = {
  id: 'structured_data',
  weight: 2,
  check(facts) {
    if (!facts.hasHtml) return 'skip'
    const broken = facts.jsonLd.find((block) => !block.ok)
    if (broken && !broken.ok) return finding('error', T.jsonLdInvalid(broken.error))
    const products = facts.jsonLd.flatMap((block) => (block.ok ? nodes(block.value) : [])).filter((node) => hasType(node, 'Product'))
    if (products.length === 0) return isProductPage(facts) ? finding('error', T.productMissing()) : facts.jsonLd.length > 0 ? 'pass' : 'skip'
    const missing = [...new Set(products.flatMap(missingProductFields))]
    return missing.length > 0 ? finding('error', T.productFields(missing)) : 'pass'
  },
}

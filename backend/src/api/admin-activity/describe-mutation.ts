import type { ActivityAction } from "../../modules/activity-log/actions"
import { ENTITY_KINDS, type EntityKind, firstEntityIn, genericLabel } from "./entity-kinds"
import { GENERIC_SUMMARIES, IGNORED_PREFIXES, OTHER_SUMMARIES, ROUTE_RULES, type RouteRule } from "./route-table"

export interface MutationDescription {
  action: ActivityAction
  entity_type: string
  entity_id: string | null
  entity_label: string | null
  summary: string
  /** Where to read the label afterwards when the answer has none (a deletion). */
  labelLookup: { entity: string; fields: string[]; id: string; label: (row: Record<string, unknown>) => string | null } | null
}

interface CompiledRule {
  rule: RouteRule
  segments: string[]
  /** Static segments count: `/admin/products/batch` wins over `/admin/products/:id`. */
  specificity: number
}

const COMPILED: CompiledRule[] = ROUTE_RULES.map((rule) => {
  const segments = rule.pattern.split("/").filter(Boolean)
  return { rule, segments, specificity: segments.filter((segment) => !segment.startsWith(":")).length }
})

function match(segments: string[], compiled: CompiledRule): Record<string, string> | null {
  if (segments.length !== compiled.segments.length) return null
  const params: Record<string, string> = {}
  for (const [index, expected] of compiled.segments.entries()) {
    const actual = segments[index] as string
    if (expected.startsWith(":")) params[expected.slice(1)] = actual
    else if (expected !== actual) return null
  }
  return params
}

function findRule(method: string, segments: string[]) {
  let best: { compiled: CompiledRule; params: Record<string, string> } | null = null
  for (const compiled of COMPILED) {
    if (compiled.rule.method !== method) continue
    const params = match(segments, compiled)
    if (params && (!best || compiled.specificity > best.compiled.specificity)) best = { compiled, params }
  }
  return best
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const withLabel = (summary: string, label: string | null) => (label ? `${summary} : « ${label} »` : summary)

/**
 * What the journal records for a successful admin request, or null when the request changes
 * nothing (a read, the journal itself…). Pure: the middleware passes the path without its
 * query string and the JSON the route answered.
 */
export function describeMutation(method: string, path: string, body: unknown): MutationDescription | null {
  const verb = method.toUpperCase()
  if (verb !== "POST" && verb !== "DELETE") return null
  const cleanPath = path.replace(/\/+$/, "")
  if (!cleanPath.startsWith("/admin/")) return null
  if (IGNORED_PREFIXES.some((prefix) => cleanPath === prefix || cleanPath.startsWith(`${prefix}/`))) return null
  const segments = cleanPath.split("/").filter(Boolean).map(decode)

  const found = findRule(verb, segments)
  if (found) return describeKnown(found.compiled.rule, found.params, body)

  const other = verb === "POST" ? OTHER_SUMMARIES.find(({ prefix }) => cleanPath === prefix || cleanPath.startsWith(`${prefix}/`)) : undefined
  const entity = firstEntityIn(body)
  const pathId = segments[2] ?? null
  const entity_id = pathId ?? (entity && typeof entity.id === "string" ? entity.id : null)
  const label = entity ? genericLabel(entity) : null
  if (other) {
    return { action: "other", entity_type: other.entity_type, entity_id, entity_label: label, summary: withLabel(other.summary, label), labelLookup: null }
  }
  // `/admin/regions` → region; `/admin/customer-groups/:id` → customer_group.
  const entity_type = (segments[1] ?? "admin").replace(/-/g, "_").replace(/s$/, "")
  const action: ActivityAction = verb === "DELETE" ? "deleted" : segments.length === 2 ? "created" : "updated"
  return { action, entity_type, entity_id, entity_label: label, summary: withLabel(GENERIC_SUMMARIES[action], label), labelLookup: null }
}

function describeKnown(rule: RouteRule, params: Record<string, string>, body: unknown): MutationDescription {
  const kind: EntityKind = ENTITY_KINDS[rule.entity_type]
  const idParam = rule.idParam === undefined ? "id" : rule.idParam
  const pathId = idParam ? (params[idParam] ?? null) : null
  const answered = kind.bodyKey && body && typeof body === "object" ? (body as Record<string, unknown>)[kind.bodyKey] : undefined
  const fromBody =
    kind.fromBody && answered && typeof answered === "object" && !Array.isArray(answered)
      ? kind.fromBody(answered as Record<string, unknown>, pathId)
      : { id: pathId, label: null }
  let labelLookup: MutationDescription["labelLookup"] = null
  if (!fromBody.label && fromBody.id) {
    const graph = rule.entity_type === "seo" ? seoItemGraph(params.entity_type) : kind.graph
    if (graph) labelLookup = { ...graph, id: fromBody.id }
  }
  return {
    action: rule.action,
    entity_type: rule.entity_type,
    entity_id: fromBody.id,
    entity_label: fromBody.label,
    summary: withLabel(rule.summary, fromBody.label),
    labelLookup,
  }
}

/** SEO fields are labelled by the item they describe. */
function seoItemGraph(itemType: string | undefined): EntityKind["graph"] | undefined {
  if (itemType === "product") return ENTITY_KINDS.product.graph
  if (itemType === "collection") return ENTITY_KINDS.collection.graph
  if (itemType === "category") return ENTITY_KINDS.category.graph
  return undefined
}

/** The summary once a label was found after the fact. */
export function summaryWithLabel(description: MutationDescription, label: string): string {
  return withLabel(description.summary, label)
}

import type { ActivityAction } from "../../modules/activity-log/actions"
import type { KnownEntityType } from "./entity-kinds"

/**
 * Admin routes that change the shop, with what the journal says about them (in French: the
 * teacher reads it). A route missing here is still logged, from its path (describe-mutation.ts).
 * `:id` names the entity; a route without it creates one, whose id comes from the answer.
 */
export interface RouteRule {
  method: "POST" | "DELETE"
  pattern: string
  entity_type: KnownEntityType
  action: ActivityAction
  summary: string
  /** The path parameter naming the entity (default `id`; `null`: none). */
  idParam?: string | null
}

const post = (pattern: string, entity_type: KnownEntityType, action: ActivityAction, summary: string, idParam?: string | null): RouteRule => ({
  method: "POST",
  pattern,
  entity_type,
  action,
  summary,
  ...(idParam !== undefined ? { idParam } : {}),
})
const del = (pattern: string, entity_type: KnownEntityType, summary: string, idParam?: string): RouteRule => ({
  method: "DELETE",
  pattern,
  entity_type,
  action: "deleted",
  summary,
  ...(idParam !== undefined ? { idParam } : {}),
})

/** Creation, update and deletion of a plain resource at `base` and `base/:id`. */
const crud = (base: string, entity_type: KnownEntityType, [created, updated, deleted]: [string, string, string]): RouteRule[] => [
  post(base, entity_type, "created", created, null),
  post(`${base}/:id`, entity_type, "updated", updated),
  del(`${base}/:id`, entity_type, deleted),
]

export const ROUTE_RULES: readonly RouteRule[] = [
  ...crud("/admin/products", "product", ["Produit créé", "Produit modifié", "Produit supprimé"]),
  post("/admin/products/batch", "product", "updated", "Produits modifiés en lot", null),
  post("/admin/products/import", "product", "created", "Import de produits lancé", null),
  post("/admin/products/:id/options", "product", "updated", "Option ajoutée au produit"),
  post("/admin/products/:id/options/:option_id", "product", "updated", "Option du produit modifiée"),
  del("/admin/products/:id/options/:option_id", "product", "Option du produit supprimée", "id"),
  post("/admin/products/:id/variants", "product_variant", "created", "Variante créée", null),
  post("/admin/products/:id/variants/batch", "product", "updated", "Variantes modifiées en lot"),
  post("/admin/products/:id/variants/:variant_id", "product_variant", "updated", "Variante modifiée", "variant_id"),
  del("/admin/products/:id/variants/:variant_id", "product_variant", "Variante supprimée", "variant_id"),
  post("/admin/products/:id/variants/:variant_id/inventory-items", "product_variant", "updated", "Article de stock lié à la variante", "variant_id"),
  post("/admin/products/:id/variants/:variant_id/inventory-items/:item_id", "product_variant", "updated", "Quantité de stock de la variante modifiée", "variant_id"),
  del("/admin/products/:id/variants/:variant_id/inventory-items/:item_id", "product_variant", "Article de stock retiré de la variante", "variant_id"),

  ...crud("/admin/inventory-items", "inventory_item", ["Article de stock créé", "Article de stock modifié", "Article de stock supprimé"]),
  post("/admin/inventory-items/:id/location-levels", "inventory_item", "updated", "Stock ajouté dans un entrepôt"),
  post("/admin/inventory-items/:id/location-levels/batch", "inventory_item", "updated", "Stocks modifiés"),
  post("/admin/inventory-items/:id/location-levels/:location_id", "inventory_item", "updated", "Stock modifié"),
  del("/admin/inventory-items/:id/location-levels/:location_id", "inventory_item", "Stock retiré d'un entrepôt"),
  post("/admin/inventory-items/location-levels/batch", "inventory_item", "updated", "Stocks modifiés en lot", null),

  ...crud("/admin/price-lists", "price_list", ["Liste de prix créée", "Liste de prix modifiée", "Liste de prix supprimée"]),
  post("/admin/price-lists/:id/prices/batch", "price_list", "updated", "Prix de la liste modifiés"),
  post("/admin/price-lists/:id/products", "price_list", "updated", "Produits de la liste de prix modifiés"),

  ...crud("/admin/promotions", "promotion", ["Promotion créée", "Promotion modifiée", "Promotion supprimée"]),
  post("/admin/promotions/:id/rules/batch", "promotion", "updated", "Conditions de la promotion modifiées"),
  post("/admin/promotions/:id/target-rules/batch", "promotion", "updated", "Cibles de la promotion modifiées"),
  post("/admin/promotions/:id/buy-rules/batch", "promotion", "updated", "Conditions d'achat de la promotion modifiées"),

  ...crud("/admin/campaigns", "campaign", ["Campagne créée", "Campagne modifiée", "Campagne supprimée"]),
  post("/admin/campaigns/:id/promotions", "campaign", "updated", "Promotions de la campagne modifiées"),

  ...crud("/admin/collections", "collection", ["Collection créée", "Collection modifiée", "Collection supprimée"]),
  post("/admin/collections/:id/products", "collection", "updated", "Produits de la collection modifiés"),
  ...crud("/admin/product-categories", "category", ["Catégorie créée", "Catégorie modifiée", "Catégorie supprimée"]),
  post("/admin/product-categories/:id/products", "category", "updated", "Produits de la catégorie modifiés"),

  post("/admin/seo/:entity_type/:id", "seo", "updated", "Référencement (SEO) modifié"),
  del("/admin/seo/:entity_type/:id", "seo", "Référencement (SEO) effacé"),
  post("/admin/seo/import", "seo", "updated", "Champs SEO importés (CSV)", null),

  post("/admin/donnees-personnelles/clients/:id/effacer", "customer", "deleted", "Données personnelles d'un client effacées"),
  post("/admin/rapport/liens", "report_share", "created", "Lien de partage du rapport créé", null),
  del("/admin/rapport/liens/:id", "report_share", "Lien de partage du rapport révoqué"),

  post("/admin/orders/:id", "order", "updated", "Commande modifiée"),
  post("/admin/orders/:id/cancel", "order", "canceled", "Commande annulée"),
  post("/admin/orders/:id/complete", "order", "updated", "Commande terminée"),
  post("/admin/orders/:id/archive", "order", "updated", "Commande archivée"),
  post("/admin/orders/:id/fulfillments", "order", "fulfilled", "Commande préparée (envoi créé)"),
  post("/admin/orders/:id/fulfillments/:fulfillment_id/cancel", "order", "canceled", "Envoi de la commande annulé"),
  post("/admin/orders/:id/fulfillments/:fulfillment_id/shipments", "order", "shipped", "Commande expédiée"),
  post("/admin/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered", "order", "delivered", "Commande livrée"),
  post("/admin/payments/:id/capture", "payment", "captured", "Paiement encaissé"),
  post("/admin/payments/:id/refund", "payment", "refunded", "Paiement remboursé"),
]

/**
 * Admin POSTs that change nothing in the shop: reading routes, the admin's own display
 * preferences, and the journal itself.
 */
export const IGNORED_PREFIXES: readonly string[] = [
  "/admin/activity",
  "/admin/statistiques",
  "/admin/views",
  "/admin/feature-flags",
]

/** What the journal says for a route no rule names (the action comes from the HTTP method). */
export const GENERIC_SUMMARIES: Record<"created" | "updated" | "deleted", string> = {
  created: "Élément créé",
  updated: "Élément modifié",
  deleted: "Élément supprimé",
}

/** Special cases by prefix, logged as an `other` action. */
export const OTHER_SUMMARIES: readonly { prefix: string; entity_type: string; summary: string }[] = [
  { prefix: "/admin/seo-audits", entity_type: "seo_audit", summary: "Audit SEO lancé" },
  { prefix: "/admin/uploads", entity_type: "upload", summary: "Fichier téléversé" },
]

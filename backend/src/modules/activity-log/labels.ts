import type { ActivityAction } from "./actions"

// French names of the journal's actions and kinds of entity, shared by the CSV export and the
// admin page (which imports this file: keep it free of server code).

export const ACTION_LABELS: Record<ActivityAction, string> = {
  created: "Création",
  updated: "Modification",
  deleted: "Suppression",
  captured: "Encaissement",
  fulfilled: "Préparation",
  shipped: "Expédition",
  delivered: "Livraison",
  refunded: "Remboursement",
  canceled: "Annulation",
  other: "Autre",
}

export const ENTITY_TYPE_LABELS: Record<string, string> = {
  product: "Produit",
  product_variant: "Variante",
  inventory_item: "Stock",
  price_list: "Liste de prix",
  promotion: "Promotion",
  campaign: "Campagne",
  collection: "Collection",
  category: "Catégorie",
  seo: "Référencement (SEO)",
  seo_audit: "Audit SEO",
  order: "Commande",
  payment: "Paiement",
  customer: "Client",
  customer_group: "Groupe de clients",
  region: "Région",
  sales_channel: "Canal de vente",
  shipping_option: "Option de livraison",
  stock_location: "Entrepôt",
  tax_rate: "Taux de TVA",
  user: "Compte",
  invite: "Invitation",
  upload: "Fichier",
  store: "Boutique",
  report_share: "Lien de partage du rapport",
}

/** "Produit", or the raw type for a kind this table does not name yet. */
export function entityTypeLabel(entityType: string): string {
  return ENTITY_TYPE_LABELS[entityType] ?? entityType
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action as ActivityAction] ?? action
}

import type { z } from "zod"
import type { demoShopSchema } from "./schema"

type DemoInput = z.input<typeof demoShopSchema>

/**
 * One campaign or promotion of every kind Medusa offers, so students can compare them:
 * percentage and fixed codes, an automatic promotion, buy X get Y, free shipping, a
 * customer-group code, campaigns with a spend and a usage budget, one expired, one scheduled.
 */
export const campaigns: DemoInput["campaigns"] = [
  {
    identifier: "MOIS-DES-BOUGIES",
    name: "Le mois des bougies",
    description: "Un mois de mise en avant des bougies, avec un budget de remises plafonné.",
    startsInDays: -10,
    endsInDays: 20,
    budget: { type: "spend", limit: 300 },
  },
  {
    identifier: "LETTRE-INFO",
    name: "Lettre d'information",
    description: "Le code envoyé aux abonnés de la lettre d'information, limité à 100 utilisations.",
    startsInDays: -30,
    endsInDays: 60,
    budget: { type: "usage", limit: 100 },
  },
  {
    identifier: "SOLDES-SAISON-PASSEE",
    name: "Soldes de la saison passée",
    description: "Les soldes de la saison dernière : la campagne est terminée.",
    startsInDays: -75,
    endsInDays: -45,
  },
  {
    identifier: "VENTES-PRIVEES",
    name: "Ventes privées",
    description: "Ventes privées réservées aux clients fidèles, programmées dans deux semaines.",
    startsInDays: 14,
    endsInDays: 21,
  },
]

export const promotions: DemoInput["promotions"] = [
  {
    code: "BIENVENUE10",
    label: "10 % sur toute la commande",
    discount: { type: "percentage", value: 10, target: "order" },
  },
  {
    code: "MERCI5",
    label: "5 € de remise sur la commande, 200 utilisations au plus",
    discount: { type: "fixed", value: 5, target: "order" },
    limit: 200,
  },
  {
    code: "LIVRAISONOFFERTE",
    label: "Livraison offerte",
    discount: { type: "percentage", value: 100, target: "shipping_methods", allocation: "across" },
  },
  {
    code: "EPICERIE-AUTO",
    label: "10 % sur l'épicerie fine, appliqués automatiquement au panier",
    automatic: true,
    discount: { type: "percentage", value: 10, target: "items", allocation: "across" },
    targetRules: [{ on: "category", in: ["epicerie-fine"] }],
  },
  {
    code: "CARNET-OFFERT",
    label: "Deux carnets achetés, le troisième offert",
    type: "buyget",
    discount: { type: "percentage", value: 100, target: "items", allocation: "each", maxQuantity: 1 },
    buyRules: [{ on: "product", in: ["carnet-papier-recycle"] }],
    targetRules: [{ on: "product", in: ["carnet-papier-recycle"] }],
    buyMinQuantity: 2,
    applyToQuantity: 1,
  },
  {
    code: "FIDELE15",
    label: "15 % pour les clients fidèles",
    discount: { type: "percentage", value: 15, target: "order" },
    rules: [{ on: "customerGroup", in: ["Clients fidèles"] }],
  },
  {
    code: "BOUGIES20",
    label: "20 % sur les bougies et le bien-être, dans la limite du budget de la campagne",
    discount: { type: "percentage", value: 20, target: "items", allocation: "across" },
    targetRules: [{ on: "category", in: ["bougies-et-bien-etre"] }],
    campaign: "MOIS-DES-BOUGIES",
  },
  {
    code: "LETTRE10",
    label: "10 % pour les abonnés à la lettre d'information",
    discount: { type: "percentage", value: 10, target: "order" },
    campaign: "LETTRE-INFO",
  },
  {
    code: "SOLDES30",
    label: "30 % sur le textile (campagne terminée)",
    discount: { type: "percentage", value: 30, target: "items", allocation: "across" },
    targetRules: [{ on: "category", in: ["textile"] }],
    campaign: "SOLDES-SAISON-PASSEE",
  },
  {
    code: "VIP25",
    label: "25 % pendant les ventes privées, pour les clients fidèles",
    discount: { type: "percentage", value: 25, target: "order" },
    rules: [{ on: "customerGroup", in: ["Clients fidèles"] }],
    campaign: "VENTES-PRIVEES",
  },
  {
    code: "PRINTEMPS15",
    label: "Brouillon : 15 % sur la collection Les essentiels, à activer au printemps",
    status: "draft",
    discount: { type: "percentage", value: 15, target: "items", allocation: "across" },
    targetRules: [{ on: "collection", in: ["les-essentiels"] }],
  },
]

/** Sale prices: a price list of type "sale", so the storefront shows the old price struck through. */
export function seasonalPriceList(products: DemoInput["products"]): DemoInput["priceLists"][number] {
  const discounted: Array<[handle: string, percentOff: number]> = [
    ["theiere-fonte-noire", 20],
    ["bol-gres-emaille", 20],
    ["bougie-ambre-cedre", 20],
    ["agenda-2027-toile-de-lin", 25],
    ["bonnet-laine-merinos", 20],
    ["planche-a-decouper-noyer", 20],
    ["savon-huile-olive", 20],
    ["guide-balades-lyon", 10],
  ]
  const prices = discounted.flatMap(([handle, percentOff]) => {
    const product = products.find((candidate) => candidate.handle === handle)
    if (!product) throw new Error(`price list: no product ${handle}`)
    return product.variants.map((variant) => ({ sku: variant.sku, amount: salePrice(variant.price, percentOff) }))
  })
  return {
    title: "Petits prix de saison",
    description: "Une sélection de produits à prix réduit pour la saison.",
    prices,
  }
}

/** A price ending in ,90 just under the discounted price, as shops display them. */
export function salePrice(price: number, percentOff: number): number {
  const target = price * (1 - percentOff / 100)
  const rounded = Math.round(target) - 0.1
  return Number((rounded > 0 ? rounded : target).toFixed(2))
}

import { shopDefinitionSchema, type ShopDefinition } from "./shop-definition"

/**
 * The minimal shop created on the first `npm start` of an empty database: one French
 * region in euros, a sales channel wired to the storefront, and a few products so the
 * home page shows a real catalogue. The full demo shop builds on the same definition.
 */
export const starterShop: ShopDefinition = shopDefinitionSchema.parse({
  storeName: "Comptoir — boutique de démonstration",
  currencyCode: "eur",
  region: { name: "France", countries: ["fr"] },
  taxRate: { name: "TVA", code: "TVA20", rate: 20 },
  salesChannel: { name: "Boutique en ligne", description: "La boutique publique de la classe" },
  publishableKeyTitle: "Boutique en ligne",
  stockLocation: { name: "Entrepôt de Lyon", city: "Lyon", countryCode: "fr" },
  shippingOptions: [
    { code: "domicile", name: "Livraison à domicile", description: "Livré sous 2 à 3 jours ouvrés", price: 4.9 },
  ],
  products: [
    {
      handle: "tasse-emaillee-bleue",
      title: "Tasse émaillée bleue",
      description:
        "Une tasse en acier émaillé, légère et solide, pour le café du matin comme pour les pauses en plein air. Contenance 35 cl, lavable au lave-vaisselle.",
      options: [{ title: "Couleur", values: ["Bleu"] }],
      variants: [{ title: "Bleu", sku: "TASSE-BLEU", options: { Couleur: "Bleu" }, price: 14.9, stock: 40 }],
    },
    {
      handle: "tablier-lin-naturel",
      title: "Tablier en lin naturel",
      description:
        "Tablier de cuisine en lin lavé, fabriqué en France, avec une poche frontale et des liens réglables.",
      options: [{ title: "Taille", values: ["Unique"] }],
      variants: [{ title: "Taille unique", sku: "TABLIER-LIN", options: { Taille: "Unique" }, price: 32, stock: 12 }],
    },
    {
      handle: "carnet-papier-recycle",
      title: "Carnet en papier recyclé",
      description: "Carnet A5 de 120 pages en papier recyclé, couverture rigide.",
      options: [{ title: "Format", values: ["A5", "A6"] }],
      variants: [
        { title: "A5", sku: "CARNET-A5", options: { Format: "A5" }, price: 9.5, stock: 60 },
        { title: "A6", sku: "CARNET-A6", options: { Format: "A6" }, price: 7.5, stock: 3 },
      ],
    },
    {
      handle: "bougie-figuier",
      title: "Bougie parfumée figuier",
      description: "Bougie à la cire végétale, parfum figuier, 40 heures de combustion.",
      options: [{ title: "Taille", values: ["180 g"] }],
      variants: [{ title: "180 g", sku: "BOUGIE-FIGUIER", options: { Taille: "180 g" }, price: 24, stock: 0 }],
    },
  ],
})

/**
 * How the demo catalogue is organised: categories (a tree), collections (merchandising
 * selections), product types (what a product is — the tax rules hang on them) and tags.
 */
export const categories = [
  { handle: "cuisine-et-table", name: "Cuisine & table", description: "Vaisselle en grès, linge de cuisine et ustensiles pour le quotidien." },
  { handle: "papeterie", name: "Papeterie", description: "Carnets, agendas et stylos pour écrire, dessiner et s'organiser." },
  { handle: "bougies-et-bien-etre", name: "Bougies & bien-être", description: "Bougies à la cire végétale, diffuseurs et savons." },
  { handle: "textile", name: "Textile", description: "Vêtements et accessoires en matières naturelles." },
  { handle: "vetements", name: "Vêtements", parent: "textile" },
  { handle: "sacs-et-accessoires", name: "Sacs & accessoires", parent: "textile" },
  { handle: "epicerie-fine", name: "Épicerie fine", description: "Douceurs et spécialités de nos producteurs de la région lyonnaise." },
  { handle: "librairie", name: "Librairie", description: "Livres de cuisine, guides et romans autour de Lyon." },
]

export const collections = [
  { handle: "les-essentiels", title: "Les essentiels" },
  { handle: "automne-hiver", title: "Automne-hiver" },
  { handle: "fabrique-a-lyon", title: "Fabriqué à Lyon" },
  { handle: "idees-cadeaux", title: "Idées cadeaux" },
]

export const productTypes = {
  table: "Art de la table",
  linen: "Linge de maison",
  stationery: "Papeterie",
  candle: "Bougie",
  care: "Soin",
  clothing: "Vêtement",
  accessory: "Accessoire",
  food: "Alimentaire",
  book: "Livre",
} as const

export const tags = {
  handmade: "Fait main",
  organic: "Bio",
  new: "Nouveauté",
  bestSeller: "Meilleure vente",
  ecoDesigned: "Éco-conçu",
  madeInFrance: "Fabriqué en France",
} as const

/**
 * Food and books pay a reduced VAT rate. Rates as of 2026; where a country has several
 * reduced rates (Spain and Italy: food 10 %, books 4 %) each type gets its own.
 */
export const reducedTaxRates = [
  {
    code: "TVA-ALIM",
    name: "TVA taux réduit (alimentation)",
    productTypes: [productTypes.food],
    rates: { fr: 5.5, be: 6, lu: 3, de: 7, es: 10, it: 10 },
  },
  {
    code: "TVA-LIVRE",
    name: "TVA taux réduit (livres)",
    productTypes: [productTypes.book],
    rates: { fr: 5.5, be: 6, lu: 3, de: 7, es: 4, it: 4 },
  },
]

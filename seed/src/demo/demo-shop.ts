import { starterShop } from "../starter-shop"
import { bienEtre } from "./catalogue/bien-etre"
import { cuisine } from "./catalogue/cuisine"
import { epicerie } from "./catalogue/epicerie"
import { librairie } from "./catalogue/librairie"
import { papeterie } from "./catalogue/papeterie"
import { textile } from "./catalogue/textile"
import { customerGroups, customers, staff } from "./customers"
import { campaigns, promotions, seasonalPriceList } from "./promotions"
import { demoShopSchema, type DemoShop } from "./schema"
import { categories, collections, productTypes, reducedTaxRates, tags } from "./taxonomy"

const products = [...cuisine, ...papeterie, ...bienEtre, ...textile, ...epicerie, ...librairie]

/**
 * Maison Lumignon, a fictional art-de-vivre brand from Lyon: the demo shop students run.
 * It keeps the starter shop's sales channel, key, warehouse, main region and products, so it
 * can be seeded over a shop created by the first `npm start`.
 */
export const demoShop: DemoShop = demoShopSchema.parse({
  brand: { name: "Maison Lumignon", tagline: "Art de vivre et fabrication lyonnaise depuis 2012" },
  storeName: "Maison Lumignon",
  currencyCode: starterShop.currencyCode,
  region: starterShop.region,
  otherRegions: [{ name: "Union européenne", countries: ["be", "lu", "de", "es", "it"] }],
  taxRate: starterShop.taxRate,
  // Since 2021, distance sales to consumers in the EU pay the VAT of the customer's country.
  countryTaxRates: {
    be: { name: "TVA Belgique", code: "TVA-BE21", rate: 21 },
    lu: { name: "TVA Luxembourg", code: "TVA-LU17", rate: 17 },
    de: { name: "TVA Allemagne", code: "TVA-DE19", rate: 19 },
    es: { name: "TVA Espagne", code: "TVA-ES21", rate: 21 },
    it: { name: "TVA Italie", code: "TVA-IT22", rate: 22 },
  },
  salesChannel: starterShop.salesChannel,
  publishableKeyTitle: starterShop.publishableKeyTitle,
  stockLocation: starterShop.stockLocation,
  shippingOptions: [
    {
      code: "point-relais",
      name: "Livraison en point relais",
      description: "Livré en point relais sous 3 à 5 jours ouvrés",
      price: 3.9,
      deliveryDays: { min: 3, max: 5 },
    },
    // Same name, price and text as the starter shop's only option, so it is found, not duplicated.
    ...starterShop.shippingOptions.map((option) => ({ ...option, deliveryDays: { min: 2, max: 3 } })),
    {
      code: "retrait-magasin",
      name: "Retrait en magasin",
      description: "Gratuit, prêt sous 24 h à la boutique du 12 rue Burdeau, Lyon 1er",
      price: 0,
      kind: "pickup",
      deliveryDays: { min: 0, max: 1 },
    },
    {
      code: "point-relais-europe",
      name: "Livraison en point relais — Europe",
      description: "Livré en point relais sous 5 à 7 jours ouvrés",
      price: 6.9,
      region: "Union européenne",
      deliveryDays: { min: 5, max: 7 },
    },
    {
      code: "domicile-europe",
      name: "Livraison à domicile — Europe",
      description: "Livré sous 4 à 6 jours ouvrés",
      price: 9.9,
      region: "Union européenne",
      deliveryDays: { min: 4, max: 6 },
    },
  ],
  products,
  categories,
  collections,
  productTypes: Object.values(productTypes),
  tags: Object.values(tags),
  reducedTaxRates,
  priceLists: [seasonalPriceList(products)],
  customerGroups,
  customers,
  staff,
  campaigns,
  promotions,
})

import { productTypes, tags } from "../taxonomy"
import { single, type ProductInput } from "../variants"

/** Books: the reduced VAT rate applies through the "Livre" product type. */
const book = { categories: ["librairie"], type: productTypes.book }

export const librairie: ProductInput[] = [
  {
    handle: "livre-recettes-bouchons-lyonnais",
    title: "Les recettes des bouchons lyonnais",
    subtitle: "60 recettes de la cuisine des mères lyonnaises",
    description:
      "Quenelles sauce Nantua, tablier de sapeur, cervelle de canut, gratin de cardons, tarte aux pralines... " +
      "Ce livre réunit 60 recettes des bouchons, ces petits restaurants qui ont fait la réputation de Lyon, " +
      "transmises par les chefs qui les font vivre aujourd'hui.\n\n" +
      "Chaque recette est expliquée pas à pas, avec le temps de préparation, le niveau de difficulté et un conseil " +
      "pour réussir du premier coup. Des portraits de cuisiniers et des photographies des salles mythiques de la ville " +
      "accompagnent les recettes.\n\n" +
      "Relié, 224 pages, 19 × 25 cm. Éditions de la Ficelle, 2025.",
    ...book,
    collection: "fabrique-a-lyon",
    tags: [tags.bestSeller],
    images: ["livre-recettes-bouchons-lyonnais.webp"],
    seo: {
      title: "Livre de recettes des bouchons lyonnais – 60 recettes",
      description: "60 recettes de bouchons lyonnais expliquées pas à pas : quenelles, cervelle de canut, tarte aux pralines. Relié, 224 pages.",
      keyword: "recettes lyonnaises",
    },
    ...single("LIVRE-BOUCHONS", "Format", "Relié", 29, 12),
  },
  {
    handle: "guide-balades-lyon",
    title: "Lyon à pied : 20 balades",
    description:
      "Vingt itinéraires à pied, des traboules du Vieux-Lyon aux berges du Rhône, avec cartes détaillées, durées et adresses pour faire une pause.",
    ...book,
    collection: "les-essentiels",
    tags: [],
    images: ["guide-balades-lyon.webp"],
    seo: { title: "Guide Lyon à pied" },
    ...single("GUIDE-BALADES", "Format", "Broché", 18, 25),
  },
  {
    handle: "album-le-petit-canut",
    title: "Le Petit Canut",
    subtitle: "Album jeunesse, dès 5 ans",
    description:
      "Victor, fils de tisserand, découvre l'atelier de son père et les métiers à tisser de la Croix-Rousse. Un album tendre pour raconter l'histoire de la soie aux enfants.",
    ...book,
    collection: "idees-cadeaux",
    tags: [tags.new],
    images: ["album-le-petit-canut.webp"],
    ...single("ALBUM-PETIT-CANUT", "Format", "Cartonné", 15.9, 2),
  },
  {
    handle: "roman-mystere-traboules",
    title: "Mystère dans les traboules",
    description: "Un roman policier.",
    ...book,
    tags: [],
    images: ["roman-mystere-traboules.webp"],
    ...single("ROMAN-TRABOULES", "Format", "Poche", 21, 9),
  },
]

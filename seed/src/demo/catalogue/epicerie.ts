import { productTypes, tags } from "../taxonomy"
import { single, variantGrid, type ProductInput } from "../variants"

/** Food: the reduced VAT rate applies through the "Alimentaire" product type. */
const food = { categories: ["epicerie-fine"], type: productTypes.food }

export const epicerie: ProductInput[] = [
  {
    handle: "miel-acacia-rhone",
    title: "Miel d'acacia de la vallée du Rhône",
    subtitle: "Récolte 2026",
    description:
      "Un miel clair et très doux, aux notes de vanille et de fleur, récolté au printemps par Julien, apiculteur à Condrieu, " +
      "dans les acacias qui bordent le Rhône. Riche en fructose, il reste liquide longtemps : parfait pour sucrer un thé " +
      "ou un yaourt sans en masquer le goût.\n\n" +
      "Extrait à froid et non pasteurisé, il garde tous ses arômes. Pot en verre consigné : rapportez-le en boutique, " +
      "nous le rendons à l'apiculteur. Conservation à température ambiante, à l'abri de la lumière.",
    ...food,
    collection: "fabrique-a-lyon",
    tags: [tags.organic, tags.madeInFrance],
    images: ["miel-acacia-rhone.webp"],
    seo: {
      title: "Miel d'acacia bio de la vallée du Rhône – 250 g ou 500 g",
      description: "Miel d'acacia bio, doux et liquide, récolté à Condrieu et extrait à froid. Pot en verre consigné de 250 g ou 500 g.",
      keyword: "miel d'acacia",
    },
    ...variantGrid("MIEL-ACACIA", [{ title: "Poids", values: [["250 g", "250"], ["500 g", "500"]] }], ([weight]) => (weight === "250 g" ? 9.9 : 16.5), [30, 12]),
  },
  {
    handle: "confiture-abricot",
    title: "Confiture d'abricots",
    description: "Confiture extra d'abricots de la vallée du Rhône, cuite au chaudron en petites quantités. 65 % de fruits. 320 g.",
    ...food,
    collection: "les-essentiels",
    tags: [tags.madeInFrance],
    images: ["confiture-abricot.webp"],
    seo: { title: "Confiture d'abricots extra" },
    ...single("CONFITURE-ABRICOT", "Poids", "320 g", 8.5, 24),
  },
  {
    handle: "the-en-vrac",
    title: "Thé en vrac",
    description: "Thés sélectionnés et mélangés à Lyon. Sachet refermable de 100 g.",
    ...food,
    collection: "automne-hiver",
    tags: [],
    images: ["the-en-vrac.webp"],
    ...variantGrid(
      "THE-VRAC",
      [{ title: "Parfum", values: [["Earl Grey", "EARLGREY"], ["Vert au jasmin", "JASMIN"], ["Noir fumé", "FUME"]] }],
      12,
      [25, 0, 7]
    ),
  },
  {
    handle: "chocolat-tablette",
    title: "Tablette de chocolat",
    description: "Tablette de chocolat.",
    ...food,
    tags: [],
    images: ["chocolat-tablette.webp"],
    ...variantGrid("CHOCOLAT", [{ title: "Saveur", values: [["Noir 70 %", "NOIR70"], ["Lait noisettes", "LAITNOISETTES"]] }], 6.9, [40, 3]),
  },
  {
    handle: "pralines-roses",
    title: "Pralines roses de Lyon",
    subtitle: "Amandes et noisettes enrobées de sucre rose",
    description:
      "Impossible de parler de Lyon sans ses pralines roses ! Amandes de Provence et noisettes du Piémont sont enrobées " +
      "de plusieurs couches de sucre cuit et coloré, selon la recette d'un confiseur de la rue Mercière.\n\n" +
      "À croquer telles quelles, ou à concasser pour préparer la célèbre tarte aux pralines : une pâte brisée, " +
      "200 g de pralines concassées, 20 cl de crème, et 30 minutes au four. La recette complète est imprimée au dos du sachet.\n\n" +
      "Sachet de 200 g. Contient des fruits à coque.",
    ...food,
    collection: "fabrique-a-lyon",
    tags: [tags.madeInFrance, tags.bestSeller],
    images: ["pralines-roses.webp"],
    seo: {
      title: "Pralines roses de Lyon pour tarte aux pralines – 200 g",
      description: "Pralines roses lyonnaises : amandes et noisettes enrobées de sucre rose. Pour la tarte aux pralines ou à croquer. 200 g.",
      keyword: "pralines roses",
    },
    ...single("PRALINES-ROSES", "Poids", "200 g", 7.5, 50),
  },
  {
    handle: "cafe-torrefie-lyon",
    title: "Café torréfié à Lyon",
    description:
      "Un assemblage d'arabicas du Brésil et d'Éthiopie, torréfié chaque semaine dans le 7e arrondissement : notes de chocolat et de fruits rouges.",
    ...food,
    collection: "les-essentiels",
    tags: [],
    images: ["cafe-torrefie-lyon.webp"],
    seo: { keyword: "café lyon" },
    ...variantGrid("CAFE-LYON", [{ title: "Mouture", values: [["Grains", "GRAINS"], ["Moulu", "MOULU"]] }], 11.9, [18, 22]),
  },
  {
    handle: "coussins-de-lyon",
    title: "Coussins de Lyon",
    subtitle: "La boîte de 250 g",
    description:
      "Spécialité lyonnaise depuis 1960, le coussin de Lyon est un petit bonbon de pâte d'amande verte fourré d'une ganache " +
      "au chocolat parfumée au curaçao. Sa forme rappelle le coussin de soie sur lequel, selon la légende, les échevins " +
      "portèrent un cierge à la Vierge lors de la peste de 1643.\n\n" +
      "Préparés à la main par notre confiseur partenaire, présentés dans une boîte bleue aux couleurs de la ville. " +
      "Boîte de 250 g, environ 25 coussins. Contient des fruits à coque.",
    ...food,
    collection: "idees-cadeaux",
    tags: [tags.madeInFrance, tags.handmade],
    images: ["coussins-de-lyon.webp"],
    seo: {
      title: "Coussins de Lyon",
      description: "La spécialité lyonnaise en boîte de 250 g : pâte d'amande et ganache chocolat au curaçao. Idée cadeau.",
      keyword: "coussins de Lyon",
    },
    ...single("COUSSINS-LYON", "Poids", "250 g", 18.9, 3),
  },
  {
    handle: "sirop-verveine",
    title: "Sirop de verveine",
    description: "Sirop de verveine.",
    ...food,
    tags: [tags.organic],
    images: ["sirop-verveine.webp"],
    ...single("SIROP-VERVEINE", "Contenance", "50 cl", 9.5, 14),
  },
]

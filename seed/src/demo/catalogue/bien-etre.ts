import { starterProduct } from "../starter-products"
import { productTypes, tags } from "../taxonomy"
import { single, variantGrid, type ProductInput } from "../variants"

const category = ["bougies-et-bien-etre"]
const candleSizes = { title: "Taille", values: [["180 g", "180"], ["300 g", "300"]] as const }
const candlePrice = ([size]: string[]) => (size === "180 g" ? 24 : 34)

export const bienEtre: ProductInput[] = [
  {
    ...starterProduct("bougie-figuier"),
    categories: category,
    collection: "automne-hiver",
    type: productTypes.candle,
    tags: [],
    images: ["bougie-figuier.webp"],
  },
  {
    handle: "bougie-the-noir-bergamote",
    title: "Bougie parfumée thé noir & bergamote",
    subtitle: "Cire de colza et de soja, mèche en coton",
    description:
      "Notre bougie la plus vendue : l'élégance d'un thé noir fumé, éclairée par une touche d'agrume de bergamote. " +
      "Un parfum chaleureux mais jamais entêtant, pensé pour les soirées d'automne.\n\n" +
      "Elle est coulée à la main dans notre atelier lyonnais, avec une cire végétale de colza et de soja cultivés en France, " +
      "une mèche en coton non traitée et des parfums sans CMR. Le verre ambré se réutilise ensuite comme verre à eau ou pot à crayons.\n\n" +
      "Conseil : laissez fondre toute la surface de la cire lors du premier allumage (environ deux heures) pour une combustion régulière. " +
      "180 g : 40 heures de combustion ; 300 g : 65 heures.",
    categories: category,
    collection: "automne-hiver",
    type: productTypes.candle,
    tags: [tags.bestSeller, tags.handmade, tags.madeInFrance],
    images: ["bougie-the-noir-bergamote.webp"],
    seo: {
      title: "Bougie parfumée thé noir bergamote – cire végétale | Maison Lumignon",
      description: "Bougie artisanale à la cire végétale, parfum thé noir et bergamote, coulée à Lyon. 40 ou 65 heures de combustion.",
      keyword: "bougie parfumée thé noir",
    },
    ...variantGrid("BOUGIE-THE-NOIR", [candleSizes], candlePrice, [20, 8]),
  },
  {
    handle: "bougie-ambre-cedre",
    title: "Bougie parfumée ambre & cèdre",
    description: "Notes boisées de cèdre de l'Atlas et chaleur de l'ambre. Cire végétale, mèche en coton.",
    categories: category,
    collection: "automne-hiver",
    type: productTypes.candle,
    tags: [tags.handmade],
    images: ["bougie-ambre-cedre.webp"],
    seo: { title: "Bougie ambre cèdre" },
    ...variantGrid("BOUGIE-AMBRE", [candleSizes], candlePrice, [14, 1]),
  },
  {
    handle: "diffuseur-fleur-oranger",
    title: "Diffuseur de parfum fleur d'oranger",
    description:
      "Un diffuseur à bâtonnets de rotin qui parfume une pièce pendant deux à trois mois. Retournez les bâtonnets chaque semaine pour raviver le parfum.",
    categories: category,
    collection: "les-essentiels",
    type: productTypes.candle,
    tags: [],
    images: ["diffuseur-fleur-oranger.webp"],
    ...variantGrid(
      "DIFFUSEUR-ORANGER",
      [{ title: "Contenance", values: [["100 ml", "100"], ["200 ml", "200"]] }],
      ([size]) => (size === "100 ml" ? 29 : 42),
      [10, 0]
    ),
  },
  {
    handle: "brume-oreiller-lavande",
    title: "Brume d'oreiller lavande",
    description: "Brume d'oreiller à la lavande.",
    categories: category,
    type: productTypes.care,
    tags: [tags.organic],
    images: ["brume-oreiller-lavande.webp"],
    ...single("BRUME-LAVANDE", "Contenance", "100 ml", 15, 38),
  },
  {
    handle: "coffret-mini-bougies",
    title: "Coffret de trois mini-bougies",
    subtitle: "Thé noir, ambre & cèdre, figuier",
    description:
      "Le coffret idéal pour découvrir nos parfums ou pour offrir : trois bougies de 70 g (thé noir & bergamote, ambre & cèdre, figuier) " +
      "présentées dans une boîte en carton recyclé imprimée à Lyon.\n\n" +
      "Chaque mini-bougie brûle environ 15 heures. Cire végétale de colza et de soja, mèches en coton, parfums sans CMR. " +
      "Une carte à message est glissée dans chaque coffret : précisez votre texte dans le commentaire de commande.",
    categories: category,
    collection: "idees-cadeaux",
    type: productTypes.candle,
    tags: [tags.handmade, tags.madeInFrance],
    images: ["coffret-mini-bougies.webp"],
    seo: {
      title: "Coffret cadeau 3 mini-bougies parfumées",
      description: "Coffret de trois mini-bougies parfumées à la cire végétale : thé noir, ambre & cèdre, figuier. Le cadeau parfait.",
      keyword: "coffret bougies",
    },
    ...single("COFFRET-MINI-BOUGIES", "Contenu", "3 × 70 g", 36, 5),
  },
  {
    handle: "savon-huile-olive",
    title: "Savon à l'huile d'olive",
    description: "Savon saponifié à froid, 72 % d'huile d'olive, surgras au beurre de karité. Pain de 100 g.",
    categories: category,
    collection: "les-essentiels",
    type: productTypes.care,
    tags: [tags.organic, tags.madeInFrance],
    images: ["savon-huile-olive.webp"],
    ...variantGrid(
      "SAVON-OLIVE",
      [{ title: "Parfum", values: [["Verveine", "VERVEINE"], ["Lavande", "LAVANDE"], ["Sans parfum", "NATURE"]] }],
      7.5,
      [60, 40, 0]
    ),
  },
]

import { starterProduct } from "../starter-products"
import { productTypes, tags } from "../taxonomy"
import { single, variantGrid, type ProductInput } from "../variants"

const category = ["papeterie"]

export const papeterie: ProductInput[] = [
  {
    ...starterProduct("carnet-papier-recycle"),
    categories: category,
    collection: "les-essentiels",
    type: productTypes.stationery,
    tags: [tags.ecoDesigned],
    images: ["carnet-papier-recycle.webp"],
  },
  {
    handle: "agenda-2027-toile-de-lin",
    title: "Agenda 2027 en toile de lin",
    subtitle: "Une semaine sur deux pages",
    description:
      "Notre agenda 2027 est relié à la main à Villeurbanne, sous une couverture en toile de lin qui se patine joliment avec le temps. " +
      "À l'intérieur, une semaine sur deux pages, un planning annuel, des pages de notes et un carnet d'adresses détachable.\n\n" +
      "Le papier ivoire de 90 g, certifié FSC, accepte aussi bien le stylo plume que le feutre fin sans transpercer. " +
      "Un signet en coton et un élastique de fermeture gardent vos pages en ordre, une pochette intérieure accueille tickets et cartes de visite.\n\n" +
      "Format 15 × 21 cm, 160 pages. Trois couleurs : Bleu nuit, Moutarde et Vert sauge.",
    categories: category,
    collection: "automne-hiver",
    type: productTypes.stationery,
    tags: [tags.new, tags.madeInFrance],
    images: ["agenda-2027-toile-de-lin.webp"],
    seo: {
      title: "Agenda 2027 semainier en toile de lin – relié main en France",
      description: "Agenda 2027 relié à la main, couverture en toile de lin, papier FSC 90 g compatible stylo plume. Bleu nuit, moutarde ou vert sauge.",
      keyword: "agenda 2027",
    },
    ...variantGrid(
      "AGENDA-2027",
      [{ title: "Couleur", values: [["Bleu nuit", "BLEU"], ["Moutarde", "MOUTARDE"], ["Vert sauge", "SAUGE"]] }],
      24,
      [35, 12, 2]
    ),
  },
  {
    handle: "stylo-plume-laiton",
    title: "Stylo plume en laiton",
    description:
      "Un stylo plume en laiton massif, lourd et équilibré dans la main, qui prend une patine dorée au fil des mois. " +
      "La plume en acier inoxydable, taille moyenne, glisse sans accroche ; le stylo se recharge avec des cartouches " +
      "standard internationales ou avec le convertisseur fourni pour l'encre en flacon.\n\n" +
      "Livré dans un étui en carton recyclé avec deux cartouches de la couleur choisie. Longueur 13,5 cm, poids 38 g.",
    categories: category,
    collection: "idees-cadeaux",
    type: productTypes.stationery,
    tags: [],
    images: ["stylo-plume-laiton.webp"],
    seo: {
      title: "Stylo plume laiton",
      description: "Stylo plume.",
    },
    ...variantGrid("STYLO-LAITON", [{ title: "Encre", values: [["Noire", "NOIRE"], ["Bleue", "BLEUE"]] }], 45, [7, 0]),
  },
  {
    handle: "carnet-croquis-a4",
    title: "Carnet de croquis A4",
    description: "Carnet de croquis A4, 80 pages.",
    categories: category,
    type: productTypes.stationery,
    tags: [],
    images: ["carnet-croquis-a4.webp"],
    ...single("CROQUIS-A4", "Format", "A4", 16.5, 22),
  },
  {
    handle: "cartes-postales-lyon",
    title: "Cartes postales de Lyon, lot de 8",
    description:
      "Huit cartes illustrées par une dessinatrice lyonnaise : la basilique de Fourvière, les traboules, la Saône au petit matin... " +
      "Imprimées en France sur papier 350 g, avec enveloppes kraft.",
    categories: category,
    collection: "fabrique-a-lyon",
    type: productTypes.stationery,
    tags: [tags.madeInFrance],
    images: ["cartes-postales-lyon.webp"],
    ...single("CARTES-LYON", "Lot", "8 cartes", 12, 80),
  },
  {
    handle: "papier-cadeau-motifs",
    title: "Papier cadeau",
    description: "Rouleau de papier cadeau.",
    categories: category,
    collection: "idees-cadeaux",
    type: productTypes.stationery,
    tags: [],
    images: ["papier-cadeau-motifs.webp"],
    ...variantGrid(
      "PAPIER-CADEAU",
      [{ title: "Motif", values: [["Feuillage", "FEUILLAGE"], ["Pois", "POIS"], ["Rayures", "RAYURES"]] }],
      6.5,
      [50, 0, 20]
    ),
  },
  {
    handle: "marque-page-laiton-fourviere",
    title: "Marque-page en laiton « Fourvière »",
    description: "Marque-page découpé dans une fine feuille de laiton, à la silhouette de la basilique. Livré dans une enveloppe cadeau.",
    categories: category,
    collection: "fabrique-a-lyon",
    type: productTypes.stationery,
    tags: [],
    images: ["marque-page-laiton-fourviere.webp"],
    seo: { keyword: "marque-page laiton" },
    ...single("MARQUE-PAGE-FOURVIERE", "Finition", "Laiton brossé", 9.9, 45),
  },
  {
    handle: "trousse-toile-enduite",
    title: "Trousse en toile enduite",
    description: "Trousse zippée en coton enduit, facile à nettoyer d'un coup d'éponge. 22 × 10 cm.",
    categories: category,
    collection: "les-essentiels",
    type: productTypes.stationery,
    tags: [tags.ecoDesigned],
    images: ["trousse-toile-enduite.webp"],
    ...variantGrid("TROUSSE", [{ title: "Couleur", values: [["Ocre", "OCRE"], ["Bleu canard", "CANARD"]] }], 19, [16, 4]),
  },
  {
    handle: "calendrier-2027-illustre",
    title: "Calendrier 2027 illustré",
    description:
      "Douze illustrations des quartiers de Lyon, une par mois, imprimées sur papier épais. Format 30 × 40 cm. Bientôt disponible.",
    status: "draft",
    categories: category,
    collection: "automne-hiver",
    type: productTypes.stationery,
    tags: [tags.new],
    images: [],
    ...single("CALENDRIER-2027", "Format", "30 × 40 cm", 18, 100),
  },
]

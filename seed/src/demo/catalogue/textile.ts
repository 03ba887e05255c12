import { productTypes, tags } from "../taxonomy"
import { single, variantGrid, type ProductInput } from "../variants"

const clothing = ["textile", "vetements"]
const accessories = ["textile", "sacs-et-accessoires"]
const sizes = { title: "Taille", values: [["S", "S"], ["M", "M"], ["L", "L"], ["XL", "XL"]] as const }

export const textile: ProductInput[] = [
  {
    handle: "tee-shirt-coton-bio",
    title: "Tee-shirt en coton bio",
    subtitle: "Coupe droite unisexe",
    description:
      "Le tee-shirt qu'on porte toute l'année : un jersey de coton biologique certifié GOTS, épais (180 g/m²) mais doux, " +
      "qui garde sa tenue lavage après lavage. La coupe droite unisexe tombe bien sans serrer ; l'encolure ronde est renforcée " +
      "d'une bande de propreté pour ne pas se déformer.\n\n" +
      "Il est tricoté, teint et confectionné au Portugal dans un atelier que nous visitons chaque année, puis brodé à Lyon " +
      "d'un petit lumignon sur la poitrine.\n\n" +
      "Le mannequin mesure 1,75 m et porte une taille M. Lavage à 30 °C sur l'envers, pas de sèche-linge pour préserver le coton.",
    categories: clothing,
    collection: "les-essentiels",
    type: productTypes.clothing,
    tags: [tags.organic, tags.bestSeller],
    images: ["tee-shirt-coton-bio.webp"],
    seo: {
      title: "Tee-shirt coton bio unisexe brodé à Lyon",
      description: "Tee-shirt unisexe en coton biologique GOTS 180 g/m², coupe droite, brodé à Lyon. Blanc, bleu marine ou terracotta, du S au XL.",
      keyword: "tee-shirt coton bio",
    },
    ...variantGrid(
      "TEE-BIO",
      [sizes, { title: "Couleur", values: [["Blanc", "BLANC"], ["Bleu marine", "MARINE"], ["Terracotta", "TERRA"]] }],
      29,
      [14, 20, 9, 22, 30, 3, 18, 12, 0, 6, 2, 0]
    ),
  },
  {
    handle: "sweat-brode-lumignon",
    title: "Sweat brodé Lumignon",
    description:
      "Un sweat molletonné en coton bio et polyester recyclé, gratté à l'intérieur pour la douceur, avec notre lumignon brodé " +
      "au point de chaînette par un atelier de la Croix-Rousse. Bords-côtes aux poignets et à la taille, coupe légèrement ample.\n\n" +
      "Grammage 320 g/m² : assez chaud pour remplacer une veste à la mi-saison. Lavage à 30 °C sur l'envers.",
    categories: clothing,
    collection: "automne-hiver",
    type: productTypes.clothing,
    tags: [tags.new, tags.ecoDesigned],
    images: ["sweat-brode-lumignon.webp"],
    seo: {
      title: "Sweat brodé en coton bio et polyester recyclé – gris chiné ou vert forêt – Maison Lumignon, Lyon",
      keyword: "sweat brodé",
    },
    ...variantGrid(
      "SWEAT-BRODE",
      [sizes, { title: "Couleur", values: [["Gris chiné", "GRIS"], ["Vert forêt", "VERT"]] }],
      59,
      [5, 7, 11, 2, 8, 0, 3, 4]
    ),
  },
  {
    handle: "bonnet-laine-merinos",
    title: "Bonnet en laine mérinos",
    description: "Bonnet côtelé en laine mérinos extra-fine, qui ne gratte pas. Revers à replier. Taille unique.",
    categories: clothing,
    collection: "automne-hiver",
    type: productTypes.clothing,
    tags: [],
    images: ["bonnet-laine-merinos.webp"],
    ...variantGrid(
      "BONNET-MERINOS",
      [{ title: "Couleur", values: [["Moutarde", "MOUTARDE"], ["Anthracite", "ANTHRACITE"], ["Écru", "ECRU"]] }],
      32,
      [9, 0, 14]
    ),
  },
  {
    handle: "foulard-soie-lyonnaise",
    title: "Foulard en soie lyonnaise",
    subtitle: "Imprimé à Lyon, roulotté main",
    description:
      "Lyon tisse la soie depuis le XVIe siècle : nos foulards perpétuent cet héritage. Le twill de soie de 90 × 90 cm est imprimé " +
      "dans un atelier de la région lyonnaise, puis ses bords sont roulottés à la main, signe des foulards de belle facture.\n\n" +
      "Deux dessins exclusifs : « Traboules », un labyrinthe de passages et de cours intérieures en bleu et ocre, " +
      "et « Fourvière », la colline et sa basilique dans des tons rose poudré.\n\n" +
      "Livré dans une boîte cadeau. Nettoyage à sec ou lavage délicat à la main à l'eau froide.",
    categories: accessories,
    collection: "fabrique-a-lyon",
    type: productTypes.accessory,
    tags: [tags.madeInFrance, tags.handmade],
    images: ["foulard-soie-lyonnaise.webp"],
    seo: {
      title: "Foulard en soie de Lyon 90 × 90 roulotté main",
      description: "Foulard carré en twill de soie imprimé à Lyon et roulotté à la main. Motifs exclusifs Traboules et Fourvière.",
      keyword: "foulard soie Lyon",
    },
    ...variantGrid("FOULARD-SOIE", [{ title: "Motif", values: [["Traboules", "TRABOULES"], ["Fourvière", "FOURVIERE"]] }], 79, [6, 3]),
  },
  {
    handle: "chaussettes-coton-bio",
    title: "Chaussettes en coton bio",
    description: "Chaussettes.",
    categories: clothing,
    type: productTypes.clothing,
    tags: [tags.organic],
    images: ["chaussettes-coton-bio.webp"],
    ...variantGrid(
      "CHAUSSETTES-BIO",
      [
        { title: "Pointure", values: [["36-40", "3640"], ["41-45", "4145"]] },
        { title: "Motif", values: [["Rayé", "RAYE"], ["Uni", "UNI"]] },
      ],
      12,
      [30, 25, 0, 18]
    ),
  },
  {
    handle: "tote-bag-toile-epaisse",
    title: "Tote bag en toile épaisse",
    description:
      "Grand sac en toile de coton recyclé de 340 g/m², avec un soufflet qui avale les courses de la semaine. Anses longues pour le porter à l'épaule.",
    categories: accessories,
    collection: "les-essentiels",
    type: productTypes.accessory,
    tags: [tags.ecoDesigned],
    images: ["tote-bag-toile-epaisse.webp"],
    seo: { title: "Tote bag toile épaisse", keyword: "tote bag" },
    ...variantGrid("TOTE-BAG", [{ title: "Couleur", values: [["Naturel", "NATUREL"], ["Noir", "NOIR"]] }], 19, [70, 45]),
  },
  {
    handle: "cabas-cuir-camel",
    title: "Cabas en cuir",
    subtitle: "Cuir de vachette tanné végétal",
    description:
      "Un cabas spacieux taillé dans un cuir de vachette au tannage végétal, qui se patine et s'assouplit avec les années. " +
      "Il est coupé et cousu à la main par un maroquinier de Saint-Étienne, avec des coutures sellier au fil de lin ciré.\n\n" +
      "À l'intérieur, une poche zippée garde clés et papiers à portée de main ; un mousqueton retient votre trousseau. " +
      "Il accueille un ordinateur de 14 pouces. Dimensions : 38 × 32 × 14 cm.",
    categories: accessories,
    collection: "idees-cadeaux",
    type: productTypes.accessory,
    tags: [tags.handmade, tags.madeInFrance],
    images: ["cabas-cuir-camel.webp"],
    seo: {
      title: "Cabas en cuir tanné végétal fait main en France",
      description: "Cabas en cuir de vachette tanné végétal, cousu main à Saint-Étienne. Poche zippée, format ordinateur 14 pouces.",
    },
    ...variantGrid("CABAS-CUIR", [{ title: "Couleur", values: [["Camel", "CAMEL"], ["Noir", "NOIR"]] }], 129, [4, 2]),
  },
  {
    handle: "pochette-lin-brodee",
    title: "Pochette en lin",
    description: "Pochette en lin.",
    categories: accessories,
    type: productTypes.accessory,
    tags: [],
    images: ["pochette-lin-brodee.webp"],
    ...single("POCHETTE-LIN", "Couleur", "Naturel", 15, 20),
  },
  {
    handle: "casquette-brodee",
    title: "Casquette brodée",
    description: "",
    categories: accessories,
    type: productTypes.accessory,
    tags: [],
    images: [],
    ...variantGrid("CASQUETTE", [{ title: "Couleur", values: [["Écru", "ECRU"], ["Marine", "MARINE"]] }], 25, [12, 0]),
  },
]

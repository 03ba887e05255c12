import { starterProduct } from "../starter-products"
import { productTypes, tags } from "../taxonomy"
import { single, variantGrid, type ProductInput } from "../variants"

const category = ["cuisine-et-table"]

export const cuisine: ProductInput[] = [
  {
    ...starterProduct("tasse-emaillee-bleue"),
    categories: category,
    collection: "les-essentiels",
    type: productTypes.table,
    tags: [tags.bestSeller],
    images: ["tasse-emaillee-bleue.webp"],
    seo: {
      title: "Tasse émaillée bleue 35 cl | Maison Lumignon",
      description: "Tasse en acier émaillé bleue, légère et incassable : pour le café du matin ou le camping. 35 cl, va au lave-vaisselle.",
      keyword: "tasse émaillée",
    },
  },
  {
    ...starterProduct("tablier-lin-naturel"),
    categories: category,
    collection: "fabrique-a-lyon",
    type: productTypes.linen,
    tags: [tags.madeInFrance],
    images: ["tablier-lin-naturel.webp"],
    seo: { title: "Tablier en lin naturel" },
  },
  {
    handle: "bol-gres-emaille",
    title: "Bol en grès émaillé",
    subtitle: "Tourné à la main à Lyon",
    description:
      "Chaque bol est tourné à la main dans notre atelier des Pentes de la Croix-Rousse, puis émaillé et cuit à 1 280 °C. " +
      "Cette haute température rend le grès dense et non poreux : il garde la chaleur de la soupe comme la fraîcheur d'un yaourt, " +
      "et passe sans crainte au lave-vaisselle et au micro-ondes.\n\n" +
      "Trois émaux au choix : Sable, un beige chaud moucheté ; Ardoise, un gris profond presque noir ; Céladon, un vert d'eau lumineux. " +
      "Comme toute pièce artisanale, chaque bol est unique : de légères variations de teinte et de forme font partie de son charme.\n\n" +
      "Diamètre 14 cm, hauteur 7 cm, contenance 50 cl. Se marie avec nos assiettes en grès pour composer une table cohérente.",
    categories: category,
    collection: "fabrique-a-lyon",
    type: productTypes.table,
    tags: [tags.handmade, tags.madeInFrance],
    images: ["bol-gres-emaille.webp"],
    seo: {
      title: "Bol en grès émaillé fait main à Lyon – 50 cl",
      description: "Bol artisanal en grès émaillé, tourné à la main à Lyon. Trois émaux : sable, ardoise, céladon. Lave-vaisselle et micro-ondes.",
      keyword: "bol en grès",
    },
    ...variantGrid("BOL-GRES", [{ title: "Couleur", values: [["Sable", "SABLE"], ["Ardoise", "ARDOISE"], ["Céladon", "CELADON"]] }], 18.5, [25, 4, 0]),
  },
  {
    handle: "assiette-plate-gres",
    title: "Assiette plate en grès",
    description: "Assiette en grès.",
    categories: category,
    collection: "fabrique-a-lyon",
    type: productTypes.table,
    tags: [tags.handmade],
    images: ["assiette-plate-gres.webp"],
    ...variantGrid("ASSIETTE-GRES", [{ title: "Couleur", values: [["Sable", "SABLE"], ["Ardoise", "ARDOISE"]] }], 22, [30, 18]),
  },
  {
    handle: "theiere-fonte-noire",
    title: "Théière en fonte noire",
    subtitle: "Avec filtre inox amovible",
    description:
      "Inspirée des tetsubin japonaises, cette théière en fonte émaillée à l'intérieur diffuse la chaleur lentement et uniformément : " +
      "votre thé infuse à température constante et reste chaud jusqu'à la dernière tasse.\n\n" +
      "Le filtre en inox amovible permet de préparer thés en vrac et infusions sans résidus. La poignée reste tempérée ; " +
      "la théière ne va pas sur le feu et se rince simplement à l'eau claire, sans détergent, pour préserver l'émail.\n\n" +
      "Deux contenances : 0,8 L (3 à 4 tasses) ou 1,2 L (5 à 6 tasses). Un cadeau qui dure toute une vie.",
    categories: category,
    collection: "idees-cadeaux",
    type: productTypes.table,
    tags: [],
    images: ["theiere-fonte-noire.webp"],
    seo: { title: "Théière en fonte noire avec filtre – 0,8 L ou 1,2 L", keyword: "théière fonte" },
    ...variantGrid("THEIERE-FONTE", [{ title: "Contenance", values: [["0,8 L", "08"], ["1,2 L", "12"]] }], ([size]) => (size === "0,8 L" ? 59 : 69), [6, 2]),
  },
  {
    handle: "planche-a-decouper-noyer",
    title: "Planche à découper en noyer",
    description:
      "Planche en noyer massif de la région Rhône-Alpes, huilée à la main. Le bois de bout ménage le fil de vos couteaux. " +
      "Entretien : huile alimentaire une fois par mois.",
    categories: category,
    collection: "les-essentiels",
    type: productTypes.table,
    tags: [tags.madeInFrance],
    images: ["planche-a-decouper-noyer.webp"],
    ...variantGrid("PLANCHE-NOYER", [{ title: "Taille", values: [["M (30 × 20 cm)", "M"], ["L (40 × 28 cm)", "L"]] }], ([size]) => (size?.startsWith("M") ? 39 : 49), [15, 9]),
  },
  {
    handle: "torchons-lin-lot-de-2",
    title: "Torchons en lin, lot de 2",
    description:
      "Deux torchons en lin lavé, très absorbants et qui sèchent vite. Ils s'assouplissent à chaque lavage. 50 × 70 cm, lavage à 40 °C.",
    categories: category,
    collection: "les-essentiels",
    type: productTypes.linen,
    tags: [tags.ecoDesigned],
    images: ["torchons-lin-lot-de-2.webp"],
    seo: { description: "Lot de 2 torchons en lin lavé, absorbants et durables." },
    ...variantGrid(
      "TORCHONS-LIN",
      [{ title: "Couleur", values: [["Naturel", "NATUREL"], ["Rayé bleu", "RAYE-BLEU"], ["Rayé rouge", "RAYE-ROUGE"]] }],
      19.9,
      [40, 22, 3]
    ),
  },
  {
    handle: "carafe-verre-souffle",
    title: "Carafe en verre soufflé",
    subtitle: "1 litre",
    description:
      "Soufflée à la bouche par un verrier de la Drôme, cette carafe d'un litre a la légèreté des pièces faites à la main : " +
      "de fines bulles d'air prises dans le verre rappellent son origine artisanale.\n\n" +
      "Son col étroit limite l'oxydation et facilite le service de l'eau comme du vin. Lavage à la main recommandé. " +
      "Hauteur 24 cm. Chaque pièce est unique et peut présenter de légères irrégularités.",
    categories: category,
    collection: "idees-cadeaux",
    type: productTypes.table,
    tags: [tags.handmade, tags.madeInFrance],
    images: ["carafe-verre-souffle.webp"],
    seo: {
      title: "Carafe en verre soufflé à la bouche 1 L | Maison Lumignon",
      description: "Carafe d'un litre en verre soufflé à la bouche dans la Drôme. Pièce unique, col étroit, idéale pour l'eau et le vin.",
      keyword: "carafe verre soufflé",
    },
    ...single("CARAFE-VERRE", "Contenance", "1 L", 34, 8),
  },
  {
    handle: "couverts-salade-olivier",
    title: "Couverts à salade en olivier",
    description: "",
    categories: category,
    type: productTypes.table,
    tags: [],
    images: ["couverts-salade-olivier.webp"],
    ...single("COUVERTS-OLIVIER", "Taille", "Unique", 27, 0),
  },
  {
    handle: "pichet-ceramique",
    title: "Pichet en céramique",
    description: "Pichet de 75 cl en faïence émaillée, pour l'eau, le lait ou un bouquet de fleurs des champs.",
    categories: category,
    collection: "les-essentiels",
    type: productTypes.table,
    tags: [tags.new],
    images: ["pichet-ceramique.webp"],
    ...variantGrid("PICHET", [{ title: "Couleur", values: [["Blanc", "BLANC"], ["Terracotta", "TERRACOTTA"]] }], 29, [11, 5]),
  },
]

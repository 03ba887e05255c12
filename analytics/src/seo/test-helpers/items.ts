import type { SeoAdviceInput } from '../types'

/** A product the widget should call perfect; each test breaks one thing. */
export const PERFECT_PRODUCT: SeoAdviceInput = {
  entityType: 'product',
  title: 'Théière en fonte noire 0,8 L',
  handle: 'theiere-en-fonte-noire',
  description:
    '<p>Cette <strong>théière en fonte</strong> émaillée garde le thé chaud pendant une heure.</p>' +
    '<p>Sa fonte épaisse diffuse la chaleur de façon régulière, ce qui convient aux thés verts comme aux thés noirs. ' +
    "L'intérieur émaillé ne garde pas le goût des infusions précédentes et se rince simplement à l'eau claire, " +
    'sans savon. Le filtre en inox amovible retient les feuilles. Contenance : 0,8 litre, soit quatre tasses.</p>',
  metaTitle: 'Théière en fonte noire 0,8 L – Comptoir',
  metaDescription:
    'Théière en fonte émaillée de 0,8 litre, idéale pour le thé vert : elle garde la chaleur longtemps. Livraison offerte dès 49 €.',
  focusKeyword: 'théière en fonte',
  noindex: false,
  images: [
    { id: 'img_1', alt: 'Théière en fonte noire vue de face' },
    { id: 'img_2', alt: 'Couvercle de la théière vu de dessus' },
  ],
  otherTitles: ['Tasses en grès (lot de 4) – Comptoir', 'Thés et infusions'],
  url: 'https://boutique.test/produits/theiere-en-fonte-noire',
}

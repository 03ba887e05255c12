import { SEO_LIMITS as L } from './limits'
import type { SeoRuleId } from './types'

/** French name and "why it matters" sentence of each advice rule. */
export const SEO_RULE_TEXT: Record<SeoRuleId, { label: string; why: string }> = {
  title_length: {
    label: 'Longueur du titre SEO',
    why: 'Le titre est la ligne cliquable dans Google : trop court il se perd, trop long il est coupé.',
  },
  description_length: {
    label: 'Longueur de la méta-description',
    why: 'La méta-description est le texte affiché sous le titre dans Google et donne envie de cliquer.',
  },
  focus_keyword: {
    label: 'Expression clé',
    why: "L'expression clé est la recherche que vous visez : sans elle, impossible de vérifier que la page y répond.",
  },
  keyword_in_title: {
    label: 'Expression clé dans le titre',
    why: 'Google et les internautes regardent d’abord le titre pour juger si la page répond à leur recherche.',
  },
  keyword_in_description: {
    label: 'Expression clé dans la méta-description',
    why: 'Google met en gras dans la description les mots de la recherche, ce qui attire l’œil.',
  },
  keyword_in_handle: {
    label: "Expression clé dans l'URL",
    why: "Une URL qui contient l'expression clé rassure l'internaute et aide Google à comprendre la page.",
  },
  keyword_in_intro: {
    label: 'Expression clé dans le premier paragraphe',
    why: 'Le début du texte indique à Google et au lecteur le sujet principal de la page.',
  },
  handle_slug: {
    label: "Forme de l'URL",
    why: 'Une URL courte, en minuscules et sans accents reste lisible, partageable et identique partout.',
  },
  content_length: {
    label: 'Longueur du texte de description',
    why: 'Un texte trop court donne trop peu d’informations à Google pour bien classer la page.',
  },
  image_alts: {
    label: 'Textes alternatifs des images',
    why: 'Le texte alternatif décrit l’image à Google Images et aux personnes qui utilisent un lecteur d’écran.',
  },
  title_unique: {
    label: 'Titre unique',
    why: 'Deux pages au même titre se concurrencent dans Google, qui n’en montre souvent qu’une.',
  },
  noindex: {
    label: 'Indexation',
    why: "Une page marquée « noindex » n'apparaît jamais dans les résultats de Google.",
  },
}

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`

/** French messages: what was found and how to fix it. */
export const SEO_MESSAGES = {
  titleMissing: 'Aucun titre : écrivez un titre SEO qui décrit la page.',
  titleShort: (length: number) =>
    `Le titre fait ${plural(length, 'caractère')} : visez entre ${L.titleMin} et ${L.titleMax} en ajoutant un détail utile (matière, usage, marque).`,
  titleLong: (length: number) =>
    `Le titre fait ${plural(length, 'caractère')} : Google le coupera. Raccourcissez-le à ${L.titleMax} caractères au plus.`,
  titleGood: (length: number) => `Le titre fait ${plural(length, 'caractère')} : c'est bien.`,
  descriptionMissing:
    'Aucune méta-description ni description : rédigez une méta-description qui donne envie de cliquer.',
  descriptionShort: (length: number) =>
    `La description fait ${plural(length, 'caractère')} : visez entre ${L.descriptionMin} et ${L.descriptionMax} caractères.`,
  descriptionLong: (length: number, fromItem: boolean) =>
    fromItem
      ? `Sans méta-description, Google reprend la description du produit (${plural(length, 'caractère')}) et la coupe : rédigez une méta-description de ${L.descriptionMin} à ${L.descriptionMax} caractères.`
      : `La méta-description fait ${plural(length, 'caractère')} : Google la coupera. Raccourcissez-la à ${L.descriptionMax} caractères au plus.`,
  descriptionGood: (length: number) => `La description fait ${plural(length, 'caractère')} : c'est bien.`,
  keywordMissing:
    'Aucune expression clé : indiquez la recherche que vous visez (par exemple « théière en fonte »).',
  keywordSet: (keyword: string) => `Expression clé : « ${keyword} ».`,
  keywordExact: (where: string) => `L'expression clé figure ${where}.`,
  keywordWords: (where: string) =>
    `Les mots de l'expression clé figurent ${where}, mais pas dans cet ordre : reprenez l'expression telle quelle.`,
  keywordAbsent: (where: string) => `L'expression clé ne figure pas ${where} : ajoutez-la.`,
  handleEmpty: "L'URL est vide : donnez à la page une URL courte comme « theiere-en-fonte ».",
  handleInvalid: (suggestion: string) =>
    `L'URL contient des majuscules, des accents, des espaces ou des tirets doublés : préférez « ${suggestion} ».`,
  handleLong: (length: number) =>
    `L'URL fait ${plural(length, 'caractère')} : raccourcissez-la à ${L.handleMax} caractères au plus en gardant les mots importants.`,
  handleGood: "L'URL est courte et lisible.",
  contentEmpty: 'La description est vide : décrivez le produit (usage, matière, dimensions, entretien).',
  contentShort: (words: number) =>
    `La description compte ${plural(words, 'mot')} : visez au moins ${L.contentMinWords} mots utiles.`,
  contentGood: (words: number) => `La description compte ${plural(words, 'mot')} : c'est bien.`,
  imagesNone: 'Aucune image : ajoutez au moins une photo du produit.',
  imagesMissingAlt: (missing: number, total: number) =>
    `${missing} image${missing > 1 ? 's' : ''} sur ${total} sans texte alternatif : décrivez ce que montre chaque image.`,
  imagesGood: (total: number) =>
    total > 1 ? `Les ${total} images ont un texte alternatif.` : "L'image a un texte alternatif.",
  titleDuplicate: (count: number) =>
    `Ce titre est déjà utilisé par ${plural(count, 'autre page')} : rendez-le unique (couleur, taille, usage…).`,
  titleUnique: "Aucune autre page n'a ce titre.",
  noindexOn: 'La page est marquée « noindex » : Google ne la montrera pas. Décochez cette option si la page doit être trouvée.',
  noindexOff: 'La page peut apparaître dans Google.',
} as const

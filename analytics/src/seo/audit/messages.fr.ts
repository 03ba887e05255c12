import { SEO_LIMITS as L } from '../limits'

/** French text of the audit problems: what was found (`message`) and what to do (`fix`). */
type Text = { message: string; fix: string }

const list = (items: string[], max = 3) =>
  items.slice(0, max).map((item) => `« ${item} »`).join(', ') + (items.length > max ? `, et ${items.length - max} autre(s)` : '')
const seconds = (ms: number) => `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`
const kilobytes = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('fr-FR')} ko`

export const AUDIT_TEXT = {
  timeout: (ms: number): Text => ({
    message: `La page n'a pas répondu en ${seconds(ms)}.`,
    fix: 'Vérifiez que la page se charge ; si elle est lente, allégez les requêtes qui la construisent.',
  }),
  unreachable: (): Text => ({
    message: 'La page est injoignable (erreur réseau).',
    fix: 'Vérifiez que le serveur de la boutique est démarré et que l’adresse est correcte.',
  }),
  httpError: (status: number): Text => ({
    message: `La page répond avec le code HTTP ${status}.`,
    fix: status >= 500
      ? 'Une erreur serveur empêche Google de lire la page : corrigez-la avant tout.'
      : 'Retirez cette adresse du plan du site, ou redirigez-la (301) vers la bonne page.',
  }),
  redirected: (target: string): Text => ({
    message: `La page redirige vers ${target}.`,
    fix: 'Indiquez directement l’adresse finale dans le plan du site et dans les liens.',
  }),
  noindex: (source: string): Text => ({
    message: `La page est exclue de Google (${source}) alors qu'elle figure dans le plan du site.`,
    fix: 'Retirez « noindex » si la page doit être trouvée, sinon retirez-la du plan du site.',
  }),
  robotsDisallow: (): Text => ({
    message: 'robots.txt interdit à Google d’explorer cette page, pourtant listée dans le plan du site.',
    fix: 'Corrigez la règle Disallow de robots.txt, ou retirez la page du plan du site.',
  }),
  titleMissing: (): Text => ({
    message: 'La page n’a pas de balise <title>.',
    fix: `Donnez-lui un titre SEO de ${L.titleMin} à ${L.titleMax} caractères.`,
  }),
  titleMultiple: (count: number): Text => ({
    message: `La page a ${count} balises <title>.`,
    fix: 'Gardez une seule balise <title> dans l’en-tête.',
  }),
  titleLength: (length: number): Text => ({
    message: `Le titre fait ${length} caractères (conseillé : ${L.titleMin} à ${L.titleMax}).`,
    fix: length < L.titleMin ? 'Allongez le titre avec un détail utile.' : 'Raccourcissez le titre : Google le coupe.',
  }),
  titleDuplicate: (urls: string[]): Text => ({
    message: `Le même titre est utilisé par ${list(urls)}.`,
    fix: 'Donnez à chaque page un titre unique qui la distingue.',
  }),
  descriptionMissing: (): Text => ({
    message: 'La page n’a pas de méta-description.',
    fix: `Rédigez une méta-description de ${L.descriptionMin} à ${L.descriptionMax} caractères.`,
  }),
  descriptionLength: (length: number): Text => ({
    message: `La méta-description fait ${length} caractères (conseillé : ${L.descriptionMin} à ${L.descriptionMax}).`,
    fix: length < L.descriptionMin ? 'Complétez la méta-description.' : 'Raccourcissez la méta-description : Google la coupe.',
  }),
  descriptionDuplicate: (urls: string[]): Text => ({
    message: `La même méta-description est utilisée par ${list(urls)}.`,
    fix: 'Écrivez une méta-description propre à chaque page.',
  }),
  canonicalMissing: (): Text => ({
    message: 'La page n’indique pas d’URL canonique.',
    fix: 'Ajoutez <link rel="canonical" href="…"> avec l’adresse absolue de la page.',
  }),
  canonicalMultiple: (count: number): Text => ({
    message: `La page déclare ${count} URL canoniques différentes.`,
    fix: 'Gardez une seule balise canonical.',
  }),
  canonicalInvalid: (href: string): Text => ({
    message: `L'URL canonique « ${href} » n'est pas une adresse absolue valide.`,
    fix: 'Indiquez une adresse complète, commençant par https://.',
  }),
  canonicalOtherSite: (href: string): Text => ({
    message: `L'URL canonique pointe vers un autre site : ${href}.`,
    fix: 'Faites pointer la canonique vers une page de la boutique.',
  }),
  canonicalElsewhere: (href: string): Text => ({
    message: `La page se déclare copie de ${href}.`,
    fix: 'Normal pour une variante ; sinon, faites pointer la canonique vers la page elle-même.',
  }),
  h1Missing: (): Text => ({
    message: 'La page n’a pas de titre principal <h1>.',
    fix: 'Ajoutez un seul <h1> qui reprend le sujet de la page.',
  }),
  h1Multiple: (count: number): Text => ({
    message: `La page a ${count} titres <h1>.`,
    fix: 'Gardez un seul <h1> ; passez les autres en <h2>.',
  }),
  imagesWithoutAlt: (sources: string[], total: number): Text => ({
    message: `${sources.length} image(s) sur ${total} sans texte alternatif : ${list(sources)}.`,
    fix: 'Décrivez chaque image dans son attribut alt (champ « texte alternatif » de l’admin).',
  }),
  vagueLinks: (texts: string[]): Text => ({
    message: `Liens peu descriptifs : ${list(texts)}.`,
    fix: 'Écrivez un texte de lien qui dit où il mène (« Voir les théières en fonte »).',
  }),
  emptyLinks: (count: number): Text => ({
    message: `${count} lien(s) sans texte.`,
    fix: 'Ajoutez un texte visible ou un attribut aria-label à chaque lien.',
  }),
  uncrawlableLinks: (count: number): Text => ({
    message: `${count} lien(s) sans href ou en javascript: que Google ne peut pas suivre.`,
    fix: 'Utilisez de vrais liens <a href="/chemin"> ; réservez les boutons aux actions.',
  }),
  brokenLinks: (links: string[]): Text => ({
    message: `Liens internes cassés : ${list(links)}.`,
    fix: 'Corrigez ou supprimez ces liens, ou redirigez (301) les adresses disparues.',
  }),
  unreachableLinks: (links: string[]): Text => ({
    message: `Liens internes qui n'ont pas répondu : ${list(links)}.`,
    fix: 'Vérifiez que ces pages se chargent.',
  }),
  langMissing: (): Text => ({
    message: 'La balise <html> n’a pas d’attribut lang.',
    fix: 'Ajoutez lang="fr" à la balise <html>.',
  }),
  jsonLdInvalid: (error: string): Text => ({
    message: `Un bloc JSON-LD est illisible : ${error}.`,
    fix: 'Corrigez le JSON des données structurées (testez-le avec l’outil « Résultats enrichis » de Google).',
  }),
  productMissing: (): Text => ({
    message: 'La fiche produit ne déclare pas de données structurées Product.',
    fix: 'Ajoutez un bloc JSON-LD Product (nom, image, prix, devise, disponibilité).',
  }),
  productFields: (fields: string[]): Text => ({
    message: `Les données structurées Product n'ont pas : ${fields.join(', ')}.`,
    fix: 'Complétez le bloc JSON-LD : sans ces champs, Google n’affiche pas le prix dans les résultats.',
  }),
  heavyPage: (bytes: number): Text => ({
    message: `Le HTML pèse ${kilobytes(bytes)}.`,
    fix: 'Allégez la page : moins de données intégrées, pagination des longues listes.',
  }),
  slowResponse: (ms: number): Text => ({
    message: `Le serveur a mis ${seconds(ms)} à répondre (TTFB).`,
    fix: `Visez moins de ${seconds(L.ttfbWarnMs)} : mise en cache, requêtes plus légères.`,
  }),
  viewportMissing: (): Text => ({
    message: 'La page n’a pas de balise meta viewport.',
    fix: 'Ajoutez <meta name="viewport" content="width=device-width, initial-scale=1"> pour les mobiles.',
  }),
  sitemapMissing: (url: string, status: number): Text => ({
    message: `Le plan du site ${url} est introuvable (code ${status || 'aucune réponse'}).`,
    fix: 'Publiez un fichier sitemap.xml qui liste toutes les pages à indexer.',
  }),
  sitemapEmpty: (url: string): Text => ({
    message: `Le plan du site ${url} ne liste aucune page.`,
    fix: 'Ajoutez au plan du site les produits, collections et catégories.',
  }),
  sitemapTruncated: (max: number): Text => ({
    message: `Le plan du site liste plus de ${max} pages : seules les ${max} premières ont été auditées.`,
    fix: 'Augmentez la limite de l’audit si vous voulez tout vérifier.',
  }),
}

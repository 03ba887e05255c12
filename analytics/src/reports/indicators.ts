import type { IndicatorDefinition } from '../indicators/types'

// One definition per number of the "Statistiques" reports, shown as help beside the number and
// written into CSV exports. The wording is the rule the SQL follows: a student redoing the count
// by hand from the events and orders must find the same value.
//
// Shared vocabulary of the formulas:
// - a visit (session) is a posthog-js session id; it belongs to the period it started in, and
//   counts when it is not a robot's and (unless simulated traffic is included) not the market
//   simulator's; its figures (pages, duration, actions) include all its events;
// - an order is a Medusa order created in the period, neither a draft nor canceled; it is
//   attributed to the visit whose session id the cart carried.

type Unit = IndicatorDefinition['unit']

function indicator(
  id: string,
  unit: Unit,
  label_fr: string,
  label_en: string,
  explanation_fr: string,
  formula_fr: string,
): IndicatorDefinition {
  return { id, label_fr, label_en, explanation_fr, formula_fr, unit }
}

export const REPORT_INDICATORS = {
  // Vue d'ensemble
  visitors: indicator('visitors', 'count', 'Visiteurs', 'Visitors',
    'Nombre de personnes différentes (navigateurs) venues sur la boutique pendant la période.',
    'Nombre d’identifiants de visiteur différents parmi les visites commencées dans la période.'),
  sessions: indicator('sessions', 'count', 'Visites', 'Sessions',
    'Nombre de visites : une visite regroupe les actions d’un visiteur jusqu’à 30 minutes d’inactivité.',
    'Nombre de visites (identifiants de session différents) commencées dans la période.'),
  pageviews: indicator('pageviews', 'count', 'Pages vues', 'Page views',
    'Nombre de pages affichées par les visiteurs, y compris les pages revues plusieurs fois.',
    'Nombre d’événements « page vue » des visites commencées dans la période.'),
  bounce_rate: indicator('bounce_rate', 'percent', 'Taux de rebond', 'Bounce rate',
    'Part des visites où le visiteur est reparti après une seule page, sans autre action.',
    'Visites avec une seule page vue et aucune autre action ÷ visites × 100.'),
  avg_session_duration: indicator('avg_session_duration', 'duration', 'Durée moyenne des visites', 'Average session duration',
    'Temps moyen passé sur la boutique lors d’une visite.',
    'Somme, pour chaque visite, du temps entre sa première et sa dernière action ÷ nombre de visites.'),
  orders: indicator('orders', 'count', 'Commandes', 'Orders',
    'Nombre de commandes passées pendant la période, hors commandes annulées.',
    'Nombre de commandes Medusa créées dans la période, hors brouillons et commandes annulées.'),
  revenue: indicator('revenue', 'currency', 'Chiffre d’affaires', 'Revenue',
    'Montant total payé par les clients pour les commandes de la période, TTC, livraison comprise, remises déduites.',
    'Somme des totaux TTC des commandes de la période (articles + livraison − remises).'),
  conversion_rate: indicator('conversion_rate', 'percent', 'Taux de conversion', 'Conversion rate',
    'Part des visites qui se terminent par une commande.',
    'Visites ayant donné au moins une commande ÷ visites × 100.'),
  average_basket: indicator('average_basket', 'currency', 'Panier moyen', 'Average basket',
    'Montant moyen d’une commande.',
    'Chiffre d’affaires ÷ nombre de commandes.'),

  // Trafic
  session_share: indicator('session_share', 'percent', 'Part des visites', 'Share of sessions',
    'Part des visites de la période qui ont cette caractéristique (appareil, navigateur, système…).',
    'Visites ayant cette valeur ÷ toutes les visites × 100.'),
  entry_sessions: indicator('entry_sessions', 'count', 'Entrées', 'Entrances',
    'Nombre de visites qui ont commencé sur cette page.',
    'Nombre de visites dont la première page vue est cette page.'),
  entry_bounce_rate: indicator('entry_bounce_rate', 'percent', 'Rebond à l’entrée', 'Entrance bounce rate',
    'Part des visites commencées sur cette page qui n’ont vu que cette page.',
    'Visites entrées sur cette page avec une seule page vue et aucune autre action ÷ entrées × 100.'),

  // Acquisition
  acquisition_conversion_rate: indicator('acquisition_conversion_rate', 'percent', 'Taux de conversion de la source', 'Source conversion rate',
    'Part des visites venues de cette source qui ont donné une commande.',
    'Visites de cette source avec au moins une commande ÷ visites de cette source × 100.'),
  acquisition_revenue: indicator('acquisition_revenue', 'currency', 'Chiffre d’affaires de la source', 'Source revenue',
    'Chiffre d’affaires des commandes passées lors de visites venues de cette source.',
    'Somme des totaux des commandes dont la visite d’origine vient de cette source.'),

  // Conversion
  funnel_sessions: indicator('funnel_sessions', 'count', 'Visites à cette étape', 'Sessions at this step',
    'Nombre de visites qui ont atteint cette étape du parcours d’achat.',
    'Visites contenant l’action de l’étape (fiche produit vue, ajout au panier, commande commencée, commande passée).'),
  rate_from_start: indicator('rate_from_start', 'percent', 'Taux depuis le début', 'Rate from start',
    'Part des visites de la période qui ont atteint cette étape.',
    'Visites à cette étape ÷ visites de la période × 100.'),
  drop_off: indicator('drop_off', 'percent', 'Abandon à cette étape', 'Drop-off',
    'Part des visites de l’étape précédente qui ne sont pas allées jusqu’à celle-ci.',
    '(Visites à l’étape précédente − visites à cette étape) ÷ visites à l’étape précédente × 100.'),
  cart_abandonment_rate: indicator('cart_abandonment_rate', 'percent', 'Taux d’abandon de panier', 'Cart abandonment rate',
    'Part des visites avec un produit ajouté au panier qui n’ont pas abouti à une commande.',
    'Visites avec ajout au panier sans commande ÷ visites avec ajout au panier × 100.'),

  // Produits
  product_views: indicator('product_views', 'count', 'Vues de la fiche', 'Product views',
    'Nombre d’affichages de la fiche du produit.',
    'Nombre d’événements « produit vu » pour ce produit.'),
  add_to_carts: indicator('add_to_carts', 'count', 'Ajouts au panier', 'Add to carts',
    'Nombre de fois où le produit a été ajouté au panier.',
    'Nombre d’événements « ajout au panier » pour ce produit.'),
  add_to_cart_rate: indicator('add_to_cart_rate', 'percent', 'Taux d’ajout au panier', 'Add-to-cart rate',
    'Part des visites ayant vu le produit qui l’ont ajouté au panier.',
    'Visites avec ajout au panier du produit ÷ visites ayant vu sa fiche × 100.'),
  units_sold: indicator('units_sold', 'count', 'Unités vendues', 'Units sold',
    'Nombre d’articles de ce produit vendus dans les commandes de la période.',
    'Somme des quantités des lignes de commande de ce produit.'),
  product_revenue: indicator('product_revenue', 'currency', 'Chiffre d’affaires du produit', 'Product revenue',
    'Montant TTC des ventes de ce produit, remises déduites.',
    'Somme, sur les lignes de commande du produit, de prix unitaire TTC × quantité − remises TTC de la ligne.'),
  searches: indicator('searches', 'count', 'Recherches', 'Searches',
    'Nombre de recherches faites avec ce terme dans le moteur de recherche de la boutique.',
    'Nombre d’événements « recherche » avec ce terme (en minuscules, espaces retirés).'),
  avg_results: indicator('avg_results', 'count', 'Résultats en moyenne', 'Average results',
    'Nombre moyen de produits trouvés pour ce terme.',
    'Somme des nombres de résultats ÷ nombre de recherches.'),
  zero_result_searches: indicator('zero_result_searches', 'count', 'Recherches sans résultat', 'Zero-result searches',
    'Recherches qui n’ont trouvé aucun produit : un produit manquant ou un mot à ajouter aux fiches.',
    'Nombre de recherches avec ce terme qui ont affiché 0 résultat.'),

  // Promotions
  promotion_orders: indicator('promotion_orders', 'count', 'Commandes avec la promotion', 'Orders with the promotion',
    'Nombre de commandes de la période auxquelles la promotion a été appliquée.',
    'Nombre de commandes de la période liées à la promotion dans Medusa.'),
  promotion_uses: indicator('promotion_uses', 'count', 'Utilisations', 'Uses',
    'Nombre total d’utilisations de la promotion, depuis sa création.',
    'Compteur d’utilisations de la promotion tenu par Medusa, toutes périodes confondues.'),
  promotion_revenue: indicator('promotion_revenue', 'currency', 'Chiffre d’affaires avec la promotion', 'Revenue with the promotion',
    'Chiffre d’affaires des commandes auxquelles la promotion a été appliquée.',
    'Somme des totaux des commandes liées à la promotion.'),
  discount: indicator('discount', 'currency', 'Remise accordée', 'Discount granted',
    'Montant des réductions accordées aux clients par la promotion.',
    'Somme TTC des remises de la promotion sur les lignes et la livraison des commandes.'),
  share_of_orders: indicator('share_of_orders', 'percent', 'Part des commandes', 'Share of orders',
    'Part des commandes de la période qui ont bénéficié de la promotion.',
    'Commandes avec la promotion ÷ toutes les commandes × 100.'),
  average_basket_with_promotion: indicator('average_basket_with_promotion', 'currency', 'Panier moyen avec promotion', 'Average basket with promotion',
    'Montant moyen des commandes qui ont bénéficié d’au moins une promotion.',
    'Chiffre d’affaires des commandes avec promotion ÷ nombre de ces commandes.'),
  average_basket_without_promotion: indicator('average_basket_without_promotion', 'currency', 'Panier moyen sans promotion', 'Average basket without promotion',
    'Montant moyen des commandes sans aucune promotion.',
    'Chiffre d’affaires des commandes sans promotion ÷ nombre de ces commandes.'),
  orders_with_promotion: indicator('orders_with_promotion', 'count', 'Commandes avec promotion', 'Orders with a promotion',
    'Nombre de commandes de la période qui ont bénéficié d’au moins une promotion.',
    'Nombre de commandes de la période liées à au moins une promotion.'),
  discount_total: indicator('discount_total', 'currency', 'Remises totales', 'Total discount',
    'Montant total des réductions accordées sur les commandes de la période.',
    'Somme TTC des remises de toutes les promotions sur les commandes de la période.'),
  budget_used: indicator('budget_used', 'count', 'Budget utilisé', 'Budget used',
    'Ce que la campagne a déjà consommé : un montant de remise ou un nombre d’utilisations selon le type de budget.',
    'Compteur « utilisé » du budget de la campagne dans Medusa, depuis le début de la campagne.'),
  budget_consumed: indicator('budget_consumed', 'percent', 'Budget consommé', 'Budget consumed',
    'Part du budget de la campagne déjà dépensée.',
    'Budget utilisé ÷ limite du budget × 100.'),

  // Référencement
  organic_sessions: indicator('organic_sessions', 'count', 'Visites depuis les moteurs de recherche', 'Organic search sessions',
    'Nombre de visites arrivées depuis un moteur de recherche (Google, Bing, Qwant…) sans publicité.',
    'Nombre de visites dont le canal est « Recherche naturelle ».'),
  organic_share: indicator('organic_share', 'percent', 'Part de la recherche naturelle', 'Organic search share',
    'Part des visites qui viennent des résultats naturels des moteurs de recherche.',
    'Visites « Recherche naturelle » ÷ toutes les visites × 100.'),
  audit_score: indicator('audit_score', 'count', 'Score de l’audit SEO', 'SEO audit score',
    'Note sur 100 du dernier audit de référencement du site.',
    'Note calculée par l’audit SEO à partir des règles vérifiées sur chaque page.'),
} as const satisfies Record<string, IndicatorDefinition>

export type ReportIndicatorId = keyof typeof REPORT_INDICATORS

export const REPORT_INDICATOR_LIST: readonly IndicatorDefinition[] = Object.values(REPORT_INDICATORS)

/** Indicators shown by each report, in display order: the help panel and the CSV exports list them. */
export const INDICATORS_BY_REPORT = {
  overview: ['visitors', 'sessions', 'pageviews', 'bounce_rate', 'avg_session_duration', 'orders', 'revenue', 'conversion_rate', 'average_basket'],
  traffic: ['visitors', 'sessions', 'pageviews', 'session_share', 'entry_sessions', 'entry_bounce_rate'],
  acquisition: ['sessions', 'visitors', 'orders', 'acquisition_conversion_rate', 'acquisition_revenue'],
  conversion: ['funnel_sessions', 'rate_from_start', 'drop_off', 'cart_abandonment_rate', 'conversion_rate'],
  products: ['product_views', 'add_to_carts', 'add_to_cart_rate', 'units_sold', 'product_revenue', 'searches', 'avg_results', 'zero_result_searches'],
  promotions: ['promotion_orders', 'promotion_uses', 'promotion_revenue', 'discount', 'share_of_orders', 'average_basket_with_promotion', 'average_basket_without_promotion', 'orders_with_promotion', 'discount_total', 'budget_used', 'budget_consumed'],
  referencement: ['organic_sessions', 'organic_share', 'audit_score'],
} as const satisfies Record<string, readonly ReportIndicatorId[]>

export function indicatorDefinition(id: string): IndicatorDefinition | undefined {
  return (REPORT_INDICATORS as Record<string, IndicatorDefinition>)[id]
}

import type { IndicatorDefinition } from '../indicators/types'

// The numbers of "Comparer des promotions" that the Statistiques reports do not already define
// (orders, revenue, discount, average basket, budget come from indicators.ts).

const define = (
  id: string,
  unit: IndicatorDefinition['unit'],
  label_fr: string,
  label_en: string,
  explanation_fr: string,
  formula_fr: string,
): IndicatorDefinition => ({ id, unit, label_fr, label_en, explanation_fr, formula_fr })

export const COMPARISON_INDICATORS = {
  run_period: define('run_period', 'count', 'Période de la promotion', 'Run period',
    'Les dates pendant lesquelles la promotion ou la campagne a été active.',
    'Dates de la campagne si elle en a ; sinon de la création de la promotion à aujourd’hui.'),
  exposed_sessions: define('exposed_sessions', 'count', 'Visites exposées', 'Exposed sessions',
    'Visites de la période qui ont vu la promotion ou l’ont utilisée.',
    'Visites où le code a été appliqué au panier ou qui ont commandé avec la promotion ; pour une promotion automatique, toutes les visites de la période.'),
  exposed_conversion_rate: define('exposed_conversion_rate', 'percent', 'Conversion des visites exposées', 'Exposed conversion rate',
    'Part des visites exposées qui ont commandé avec la promotion.',
    'Visites exposées avec une commande utilisant la promotion ÷ visites exposées × 100.'),
  revenue_per_visitor: define('revenue_per_visitor', 'currency', 'Chiffre d’affaires par visiteur', 'Revenue per visitor',
    'Ce que rapporte en moyenne chaque visiteur de la boutique pendant la promotion.',
    'Chiffre d’affaires de la boutique pendant la période ÷ visiteurs de la période.'),
  lift_revenue: define('lift_revenue', 'percent', 'Effet sur le chiffre d’affaires', 'Revenue lift',
    'Évolution du chiffre d’affaires de la boutique pendant la promotion par rapport à la même durée juste avant.',
    '(Chiffre d’affaires pendant − chiffre d’affaires avant) ÷ chiffre d’affaires avant × 100.'),
  lift_orders: define('lift_orders', 'percent', 'Effet sur les commandes', 'Orders lift',
    'Évolution du nombre de commandes de la boutique pendant la promotion par rapport à la même durée juste avant.',
    '(Commandes pendant − commandes avant) ÷ commandes avant × 100.'),
  lift_conversion: define('lift_conversion', 'percent', 'Écart de conversion (pendant − avant)', 'Conversion lift',
    'Différence, en points, entre le taux de conversion de la boutique pendant la promotion et juste avant.',
    'Taux de conversion pendant − taux de conversion avant, avec son intervalle de confiance à 95 % (méthode de Newcombe).'),
  conversion_difference: define('conversion_difference', 'percent', 'Écart de conversion avec la référence', 'Conversion difference',
    'Différence, en points, entre la conversion des visites exposées à la première promotion et à celle-ci.',
    'Conversion de la référence − conversion de cette promotion ; intervalle de confiance à 95 % de Newcombe : s’il contient 0, l’écart peut être dû au hasard.'),
} as const satisfies Record<string, IndicatorDefinition>

import type { IndicatorDefinition } from './types'

// Indicators about the capture itself: they tell a teacher whether the traffic figures can be
// trusted before anyone reads them.

export const eventsReceived: IndicatorDefinition = {
  id: 'events_received',
  label_fr: 'Événements reçus',
  label_en: 'Events received',
  explanation_fr:
    'Nombre d’actions de visiteurs (pages vues, ajouts au panier, commandes…) enregistrées sur la période.',
  formula_fr: 'Nombre d’événements enregistrés entre le début et la fin de la période, robots compris.',
  unit: 'count',
}

export const botShare: IndicatorDefinition = {
  id: 'bot_share',
  label_fr: 'Part des robots',
  label_en: 'Bot share',
  explanation_fr:
    'Part des événements envoyés par des robots (moteurs d’indexation, outils automatiques), exclus des statistiques de fréquentation.',
  formula_fr: 'Événements reconnus comme robots ÷ événements reçus × 100.',
  unit: 'percent',
}

export const simulatedShare: IndicatorDefinition = {
  id: 'simulated_share',
  label_fr: 'Part du trafic simulé',
  label_en: 'Simulated traffic share',
  explanation_fr:
    'Part des événements produits par le simulateur de marché de Comptoir plutôt que par de vrais visiteurs.',
  formula_fr: 'Événements marqués comme simulés ÷ événements reçus × 100.',
  unit: 'percent',
}

export const contractErrorShare: IndicatorDefinition = {
  id: 'contract_error_share',
  label_fr: 'Événements mal formés',
  label_en: 'Malformed events share',
  explanation_fr:
    'Part des événements de la boutique dont les informations ne respectent pas le format attendu (prix manquant, code promo vide…).',
  formula_fr: 'Événements qui ne respectent pas le contrat ÷ événements reçus × 100.',
  unit: 'percent',
}

export const CAPTURE_INDICATORS: readonly IndicatorDefinition[] = [
  eventsReceived,
  botShare,
  simulatedShare,
  contractErrorShare,
]

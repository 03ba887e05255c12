/** How an indicator's value is read: the dashboard formats each unit its own way. */
export type IndicatorUnit = 'count' | 'percent' | 'currency' | 'duration'

/**
 * What every number on the dashboard carries: students must be able to say what it measures and
 * how it is computed (the diploma judges "la pertinence des indicateurs"). The same object feeds
 * the report that computes the value and the help text that explains it.
 */
export interface IndicatorDefinition {
  /** Stable English key, e.g. `bot_share`. */
  id: string
  label_fr: string
  label_en: string
  /** One sentence: what the number measures. */
  explanation_fr: string
  /** How it is computed, in words a student can redo by hand. */
  formula_fr: string
  unit: IndicatorUnit
}

// Distinct visitors without a distinct count. Each visit row of the rollup carries, per key it is
// counted by, when its visitor's previous visit with the same value of that key started
// (`prev_<key>_at`, among all visits; `prev_<key>_real_at`, among visits not simulated). A
// visitor is then counted once in a period or bucket: by its visit whose previous one started
// before the period or bucket. That is a filtered count(*) over the visits, instead of hashing
// every (key, visitor) pair of the period (measured: most of the time of the traffic and
// acquisition reports), and it stays exact, unlike a sketch.

/** The keys visitors are counted by, with the SQL of a visit's value for each (null: not counted). */
export const VISITOR_KEYS = {
  visit: 'NULL::text', // the visitor alone: one partition per visitor
  device: "COALESCE(device_type, 'unknown')",
  browser: "COALESCE(browser, 'unknown')",
  os: "COALESCE(os, 'unknown')",
  channel: "COALESCE(channel, 'direct')",
  referring_domain: "NULLIF(referring_domain, '$direct')",
  utm_source: 'utm_source',
  utm_medium: 'utm_medium',
  utm_campaign: 'utm_campaign',
  landing_page: 'landing_page',
} as const

export type VisitorKey = keyof typeof VISITOR_KEYS

export const VISITOR_KEY_IDS = Object.keys(VISITOR_KEYS) as VisitorKey[]

export const prevColumn = (key: VisitorKey | 'page', real: boolean): string => `prev_${key}${real ? '_real' : ''}_at`

/**
 * When the previous visit of the same visitor (and key) started, in the scope of the report:
 * all visits when simulated traffic is included ($3), real visits otherwise; '-infinity' for a
 * visitor's first visit.
 */
export const previousVisit = (key: VisitorKey | 'page', alias = 's'): string =>
  `COALESCE(CASE WHEN $3::boolean THEN ${alias}.${prevColumn(key, false)} ELSE ${alias}.${prevColumn(key, true)} END, '-infinity'::timestamptz)`

/**
 * Per value of each key: visits and visitors, in one pass over the visits (`source`, aliased s)
 * with GROUPING SETS, rather than one copy of every visit per key. Every aggregate is computed
 * for every grouping; the row keeps the visitor count of its own key. `extra` adds aggregates
 * (SQL over s and the columns of `from`). Rows with a null value are kept (key IS NULL).
 * `uncounted` keys are grouped in the same pass without counting their visitors (visitors is
 * null on their rows): their `prev_<key>_at` links are not even read, so a report can group by a
 * key its covering index holds without those links (traffic: the landing page).
 */
export function perKeySql(keys: readonly VisitorKey[], from: string, extra = '', uncounted: readonly VisitorKey[] = []): string {
  const grouped = (key: VisitorKey, then: string) => `WHEN GROUPING(k_${key}) = 0 THEN ${then}`
  const all = [...keys, ...uncounted]
  const value = (key: VisitorKey) =>
    `${VISITOR_KEYS[key].replace(/\b(device_type|browser|os|channel|referring_domain|utm_source|utm_medium|utm_campaign|landing_page)\b/g, 's.$1')} AS k_${key}`
  return `SELECT CASE ${all.map((key) => grouped(key, `'${key}'`)).join(' ')} END AS dimension,
    CASE ${all.map((key) => grouped(key, `k_${key}`)).join(' ')} END AS key,
    count(*) AS sessions${extra},
    CASE ${keys.map((key) => grouped(key, `count(*) FILTER (WHERE p_${key} < $1::timestamptz)`)).join(' ')} END AS visitors
  FROM (
    SELECT s.*, ${[...keys.map((key) => `${value(key)}, ${previousVisit(key)} AS p_${key}`), ...uncounted.map(value)].join(',\n      ')}
    FROM ${from}
  ) s
  GROUP BY GROUPING SETS (${all.map((key) => `(k_${key})`).join(', ')})`
}

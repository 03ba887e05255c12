export * from './types'
export * from './indicators'
export { bucketOf, compactParams, previousPeriod, DEFAULT_TIME_ZONE, DEFAULT_LIMIT, SIMULATED_ORDER_KEY } from './sql'
export { getOverview } from './overview'
export { getTraffic } from './traffic'
export { getAcquisition } from './acquisition'
export { getConversion, DEVICE_LABELS_FR } from './conversion'
export { getProducts } from './products'
export { getPromotions } from './promotions'
export { getSeoTraffic, type SeoOptions } from './seo'
export * from './csv'
export { refreshRollups, REFRESH_ROLLUPS_SQL, BULK_REFRESH_ROLLUPS_SQL } from './rollup'
export * from './graded-report-types'
export { getGradedReport } from './graded-report'
export { gradedReportCsv, type GradedReportCsvOptions } from './graded-report-csv'
export * from './comparison-types'
export { COMPARISON_INDICATORS } from './comparison-indicators'
export {
  comparePromotions, listComparableItems, periodBefore, UnknownComparableItemsError, MAX_COMPARED_ITEMS, MAX_RUN_DAYS,
  type CompareOptions,
} from './compare-promotions'
export { comparisonCsv } from './comparison-csv'
// The statistics are pure arithmetic: the admin's comparison page computes its sentences with them.
export * from '../stats'

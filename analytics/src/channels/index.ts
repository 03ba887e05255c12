export * from './channels'
export * from './rules'
export * from './classify'
export { type SiteCategory, categoriseDomain, categoriseSource } from './sites'

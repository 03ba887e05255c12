/**
 * Entry point for code that runs in the browser (the storefront's posthog-js helpers): the event
 * contract, channel definitions and URL helpers, without the ingest, which needs `node:zlib`.
 * Import it as `@comptoir/analytics/dist/browser` so bundlers never see a Node built-in.
 */
export * from './events'
export * from './channels'
export * from './indicators'
export * from './referrer'
export * from './utm'
export { TEXT_LIMITS } from './text'
// Live SEO advice for the admin widget; the site audit stays out (cheerio, network access).
export * from './seo/advice'

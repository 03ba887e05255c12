import path from "node:path"

/**
 * The admin's Statistiques pages show the analytics package's indicator definitions in the
 * browser. The package is built as CommonJS for Node, and its main entry needs `node:zlib`
 * (the ingest); Vite's build converts CommonJS only inside node_modules, not in a linked
 * workspace. So the admin bundle takes the ES sources of the reports (types, indicator
 * definitions, labels: nothing that needs Node) wherever the pages import "@comptoir/analytics".
 * The backend's server code keeps importing the built package.
 */
export function analyticsReportsForAdmin() {
  return {
    find: /^@comptoir\/analytics$/,
    replacement: path.resolve(__dirname, "../../../analytics/src/reports/index.ts"),
  }
}

/**
 * The SEO widgets compute their advice in the browser as the user types, with the same rules
 * as the server (analytics `src/seo/advice.ts`: no Node built-ins, no cheerio). Same reason as
 * above for taking the sources; `@comptoir/analytics/seo-advice` is the package's matching
 * export for the type checker and for Node.
 */
export function seoAdviceForAdmin() {
  return {
    find: /^@comptoir\/analytics\/seo-advice$/,
    replacement: path.resolve(__dirname, "../../../analytics/src/seo/advice.ts"),
  }
}

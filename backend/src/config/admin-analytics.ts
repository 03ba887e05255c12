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

import path from "node:path"

/** Folders the launcher works in, all derived from the repository root. */
export const repoRoot = path.resolve(__dirname, "../../..")
export const backendDir = path.join(repoRoot, "backend")
export const builtBackendDir = path.join(backendDir, ".medusa", "server")
export const storefrontDir = path.join(repoRoot, "storefront")

/** Runtime data (database, logs) lives in a git-ignored dot-folder outside the watched sources. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(repoRoot, env.COMPTOIR_DATA_DIR ?? ".comptoir")
}

export function binary(name: string): string {
  return path.join(repoRoot, "node_modules", ".bin", name)
}

import fs from "node:fs"
import path from "node:path"
import { repoRoot } from "../paths"

const versionOf = (packageJson: string): string => {
  try {
    return (JSON.parse(fs.readFileSync(packageJson, "utf8")) as { version?: string }).version ?? "inconnue"
  } catch {
    return "inconnue"
  }
}

export const comptoirVersion = () => versionOf(path.join(repoRoot, "package.json"))
export const medusaVersion = () => versionOf(path.join(repoRoot, "node_modules", "@medusajs", "medusa", "package.json"))

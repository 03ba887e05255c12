import fs from "node:fs"
import path from "node:path"
import { backendDir } from "../paths"

/**
 * Medusa's local file provider keeps uploads in backend/static (`npm start` serves the same
 * folder through a link, see shareUploads in comptoir.ts). COMPTOIR_UPLOADS_DIR points the
 * backup and the restore elsewhere, for tests that must not touch the project's uploads.
 */
export const defaultUploadsDir = () => process.env.COMPTOIR_UPLOADS_DIR?.trim() || path.join(backendDir, "static")

/** Regular files under `dir`, as POSIX paths relative to it; links are not followed. */
export function listUploads(dir: string): string[] {
  const found: string[] = []
  const walk = (relative: string) => {
    const entries = fs.readdirSync(path.join(dir, relative), { withFileTypes: true })
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) found.push(child)
    }
  }
  if (fs.existsSync(dir)) walk("")
  return found
}

/** A path from a backup file, made safe: no absolute path, no `..` escaping the uploads folder. */
export function safeUploadPath(dir: string, relative: string): string | undefined {
  if (relative === "" || relative.includes("\0") || path.isAbsolute(relative) || relative.split(/[\\/]/).includes("..")) return undefined
  const target = path.resolve(dir, relative)
  return target.startsWith(path.resolve(dir) + path.sep) ? target : undefined
}

/**
 * Draws the demo shop's product images (no download, no stock photo): one SVG per product,
 * composed from a motif, the product's colours and its name, rendered to a small WebP in
 * seed/assets. Run with `npm run images -w @comptoir/seed`; the same catalogue and the same
 * sharp/librsvg and fonts give the same bytes, and files that did not change are not rewritten.
 */
import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { demoShop } from "../src/demo/demo-shop"
import { demoAssetsDir } from "../src/demo/assets"
import { motifs } from "./motifs"
import { visuals } from "./visuals"

const SIZE = 600
/** A product image over this size fails the generator (and the unit tests). */
export const MAX_BYTES = 30 * 1024

const backgrounds: Record<string, string> = {
  "cuisine-et-table": "#F3EDE4",
  papeterie: "#ECEFF3",
  "bougies-et-bien-etre": "#F6ECE6",
  textile: "#ECEEE8",
  "epicerie-fine": "#FBF1DE",
  librairie: "#EFEAF2",
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** FNV-1a: a stable number per product, so each image's pattern differs but never changes. */
function hash(text: string): number {
  let value = 0x811c9dc5
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 0x01000193) >>> 0
  return value
}

/** Splits a title into at most two lines of about `width` characters. */
function lines(title: string, width = 30): string[] {
  if (title.length <= width) return [title]
  const words = title.split(" ")
  const first: string[] = []
  while (words.length > 0 && [...first, words[0]].join(" ").length <= width) first.push(words.shift()!)
  const rest = words.join(" ")
  return [first.join(" "), rest.length > width ? `${rest.slice(0, width - 1)}…` : rest]
}

export function productSvg(product: { handle: string; title: string; categories: string[] }, asset: string): string {
  const visual = visuals[asset]
  if (!visual) throw new Error(`no visual for ${asset}: add it to seed/scripts/visuals.ts`)
  const background = backgrounds[product.categories[0] ?? ""] ?? "#F2F0EC"
  const seed = hash(product.handle)
  const step = 40 + (seed % 4) * 10
  const offset = seed % step
  const dots: string[] = []
  for (let y = offset; y < 450; y += step) {
    for (let x = offset; x < SIZE; x += step) dots.push(`<circle cx="${x}" cy="${y}" r="2.5"/>`)
  }
  const caption = lines(product.title)
    .map((line, index, all) => `<text x="300" y="${(all.length === 1 ? 528 : 512) + index * 36}">${escapeXml(line)}</text>`)
    .join("")
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">` +
    `<rect width="${SIZE}" height="${SIZE}" fill="${background}"/>` +
    `<g fill="${visual.accent}" opacity=".35">${dots.join("")}</g>` +
    motifs[visual.motif](visual.colour, visual.accent) +
    `<rect y="460" width="${SIZE}" height="140" fill="#FFFDF8"/>` +
    `<g font-family="DejaVu Serif, Georgia, serif" font-size="30" fill="#2B2A28" text-anchor="middle">${caption}</g>` +
    `<text x="300" y="586" font-family="DejaVu Sans, Arial, sans-serif" font-size="14" letter-spacing="4" fill="#8A7456" text-anchor="middle">MAISON LUMIGNON</text>` +
    `</svg>`
  )
}

async function main() {
  fs.mkdirSync(demoAssetsDir, { recursive: true })
  const wanted = new Set<string>()
  let written = 0
  let total = 0
  for (const product of demoShop.products) {
    for (const asset of product.images) {
      wanted.add(asset)
      const webp = await sharp(Buffer.from(productSvg(product, asset)))
        .webp({ quality: 72, effort: 6, smartSubsample: true })
        .toBuffer()
      if (webp.length > MAX_BYTES) throw new Error(`${asset} is ${webp.length} bytes, over ${MAX_BYTES}: simplify its motif`)
      total += webp.length
      const file = path.join(demoAssetsDir, asset)
      if (!fs.existsSync(file) || !fs.readFileSync(file).equals(webp)) {
        fs.writeFileSync(file, webp)
        written += 1
      }
    }
  }
  // An image whose product left the catalogue would be committed for nothing.
  for (const file of fs.readdirSync(demoAssetsDir)) {
    if (file.endsWith(".webp") && !wanted.has(file)) fs.rmSync(path.join(demoAssetsDir, file))
  }
  process.stdout.write(
    `${wanted.size} images (${written} written, ${(total / 1024).toFixed(0)} kB in all) in ${path.relative(process.cwd(), demoAssetsDir)}\n`
  )
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  })
}

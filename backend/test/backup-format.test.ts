import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { PassThrough } from "node:stream"
import { pipeline } from "node:stream/promises"
import { createGzip } from "node:zlib"
import { describe, expect, it } from "vitest"
import { parentsFirst } from "../scripts/lib/backup/catalog"
import { ArchiveReader, ArchiveWriter, FORMAT_VERSION, MAGIC, type Manifest } from "../scripts/lib/backup/format"
import { compatibilityProblems, readManifest, verifyBackup } from "../scripts/lib/backup/restore-backup"
import { safeUploadPath } from "../scripts/lib/backup/uploads"

const manifest = (overrides: Partial<Manifest> = {}): Manifest => ({
  format: MAGIC,
  formatVersion: FORMAT_VERSION,
  createdAt: "2026-11-29T16:00:00.000Z",
  comptoirVersion: "0.1.0",
  medusaVersion: "2.21.2",
  postgresVersion: "17.10",
  migrations: ["module:Migration1", "link:cart_promotion"],
  tables: [{ name: "product", columns: ["id", "title"], rows: 2 }],
  sequences: [],
  ...overrides,
})

async function writeBackup(file: string, content: Manifest, bodies: Buffer[]): Promise<void> {
  const gzip = createGzip()
  const done = pipeline(gzip, fs.createWriteStream(file))
  const archive = new ArchiveWriter(gzip)
  await archive.magic()
  await archive.header({ type: "manifest", ...content })
  await archive.emptyBody()
  await archive.header({ type: "table", name: "product", columns: ["id", "title"] })
  await archive.body(bodies)
  gzip.end()
  await done
}

describe("the .comptoir-backup framing", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "comptoir-format-"))

  it("reads back headers and bodies split in chunks of any size", async () => {
    const stream = new PassThrough()
    const writer = new ArchiveWriter(stream)
    const reader = new ArchiveReader(stream)
    const big = Buffer.alloc(200_000, 1)
    const writing = (async () => {
      await writer.magic()
      await writer.header({ type: "file", path: "a/b.jpg" })
      await writer.body([Buffer.from("abc"), "déf", big])
      await writer.header({ type: "end", tables: 0, files: 1, fileBytes: 0 })
      await writer.emptyBody()
      stream.end()
    })()
    await reader.magic()
    expect(await reader.header()).toEqual({ type: "file", path: "a/b.jpg" })
    const chunks: Buffer[] = []
    for await (const chunk of reader.body()) chunks.push(chunk)
    expect(Buffer.concat(chunks)).toEqual(Buffer.concat([Buffer.from("abcdéf"), big]))
    expect((await reader.header()).type).toBe("end")
    await writing
  })

  it("refuses a backup written by a newer format", async () => {
    const file = path.join(dir, "newer.comptoir-backup")
    await writeBackup(file, manifest({ formatVersion: FORMAT_VERSION + 1 }), [Buffer.from("1\tx\n")])
    await expect(readManifest(file)).rejects.toThrow(/version plus récente/)
  })

  it("refuses, before anything is touched, a file cut short or without its end record", async () => {
    const file = path.join(dir, "no-end.comptoir-backup")
    await writeBackup(file, manifest(), [Buffer.alloc(100_000, 65)])
    await expect(verifyBackup(file)).rejects.toThrow(/tronqué|incomplète/)
    const cut = path.join(dir, "cut.comptoir-backup")
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 60))
    await expect(verifyBackup(cut)).rejects.toThrow(/incomplète|pas une sauvegarde/)
  })

  it("reads the manifest of a current one", async () => {
    const file = path.join(dir, "current.comptoir-backup")
    await writeBackup(file, manifest(), [Buffer.from("1\tx\n")])
    expect((await readManifest(file)).tables).toEqual(manifest().tables)
  })
})

describe("restore checks", () => {
  it("refuses migrations this code does not know and columns the database lacks, all at once", () => {
    const problems = compatibilityProblems(
      manifest({ migrations: ["module:Migration1", "module:Migration2"], tables: [{ name: "product", columns: ["id", "title", "subtitle"], rows: 0 }, { name: "gone", columns: ["id"], rows: 0 }] }),
      new Set(["module:Migration1"]),
      [{ name: "product", columns: ["id", "title"] }]
    )
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/Migration2/)
    expect(problems[1]).toMatch(/subtitle/)
    expect(problems[2]).toMatch(/gone/)
  })

  it("accepts a backup from older code: the database may know more migrations and columns", () => {
    expect(compatibilityProblems(manifest(), new Set(["module:Migration1", "link:cart_promotion", "module:Later"]), [{ name: "product", columns: ["id", "title", "new"] }])).toEqual([])
  })

  it("keeps uploaded files inside the uploads folder", () => {
    expect(safeUploadPath("/srv/static", "products/a.jpg")).toBe("/srv/static/products/a.jpg")
    for (const evil of ["../etc/passwd", "/etc/passwd", "a/../../b", ""]) expect(safeUploadPath("/srv/static", evil)).toBeUndefined()
  })

  it("orders tables parents first", () => {
    const tables = ["line_item", "cart", "order", "order_item"].map((name) => ({ name }))
    const ordered = parentsFirst(tables, [
      { child: "line_item", parent: "cart" },
      { child: "order_item", parent: "order" },
      { child: "order_item", parent: "line_item" },
    ]).map((table) => table.name)
    expect(ordered.indexOf("cart")).toBeLessThan(ordered.indexOf("line_item"))
    expect(ordered.indexOf("line_item")).toBeLessThan(ordered.indexOf("order_item"))
    expect(ordered.indexOf("order")).toBeLessThan(ordered.indexOf("order_item"))
  })
})

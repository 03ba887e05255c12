import { once } from "node:events"
import type { Readable, Writable } from "node:stream"

/**
 * The `.comptoir-backup` file: one gzip stream holding, in this order,
 *
 *   COMPTOIR-BACKUP\n                       the magic line
 *   record*                                 manifest, then tables, then files, then end
 *
 * where a record is a header (one line of JSON, `type` says which record it is) followed by a
 * body sent as chunks: a 4-byte big-endian length then that many bytes, until a zero length.
 * Chunks let the backup stream a table's `COPY … TO STDOUT` output, or a file, of a size unknown
 * in advance without holding it in memory. The `end` record proves the file is complete; gzip's
 * CRC catches corrupted bytes.
 */
export const MAGIC = "COMPTOIR-BACKUP"
/** Raised when the layout changes; a restore refuses files written by a newer format. */
export const FORMAT_VERSION = 1
export const BACKUP_EXTENSION = ".comptoir-backup"

const MAX_HEADER_BYTES = 32 * 1024 * 1024

export type TableEntry = { name: string; columns: string[]; rows: number }
export type SequenceEntry = { name: string; value: string; isCalled: boolean; ownedByTable: string | null }

export type Manifest = {
  format: typeof MAGIC
  formatVersion: number
  createdAt: string
  comptoirVersion: string
  medusaVersion: string
  postgresVersion: string
  /** `module:<name>`, `link:<table>`, `script:<name>`: what the backed-up schema had applied. */
  migrations: string[]
  tables: TableEntry[]
  sequences: SequenceEntry[]
}

export type RecordHeader =
  | ({ type: "manifest" } & Manifest)
  | { type: "table"; name: string; columns: string[] }
  | { type: "file"; path: string }
  | { type: "end"; tables: number; files: number; fileBytes: number }

/** A backup file that cannot be restored; its message is for the teacher (French, then English). */
export class BackupFileError extends Error {}

export class ArchiveWriter {
  constructor(private readonly out: Writable) {}

  async header(record: RecordHeader): Promise<void> {
    await this.write(Buffer.from(`${JSON.stringify(record)}\n`, "utf8"))
  }

  async magic(): Promise<void> {
    await this.write(Buffer.from(`${MAGIC}\n`, "utf8"))
  }

  /** Writes a whole body from a stream (COPY output, a file), chunk by chunk. */
  async body(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): Promise<number> {
    let bytes = 0
    for await (const piece of source) {
      const chunk = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece
      if (chunk.length === 0) continue
      await this.write(lengthPrefix(chunk.length))
      await this.write(chunk)
      bytes += chunk.length
    }
    await this.write(lengthPrefix(0))
    return bytes
  }

  async emptyBody(): Promise<void> {
    await this.write(lengthPrefix(0))
  }

  private async write(buffer: Buffer): Promise<void> {
    if (!this.out.write(buffer)) await once(this.out, "drain")
  }
}

function lengthPrefix(length: number): Buffer {
  const prefix = Buffer.alloc(4)
  prefix.writeUInt32BE(length)
  return prefix
}

/** Reads records back from the decompressed stream; any early end is reported as truncation. */
export class ArchiveReader {
  private pending: Buffer = Buffer.alloc(0)
  private readonly source: AsyncIterator<Buffer>

  constructor(stream: Readable) {
    this.source = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  }

  async magic(): Promise<void> {
    const line = await this.line(MAGIC.length + 1).catch(() => undefined)
    if (line !== MAGIC) throw notABackup()
  }

  async header(): Promise<RecordHeader> {
    const line = await this.line(MAX_HEADER_BYTES)
    try {
      return JSON.parse(line) as RecordHeader
    } catch {
      throw new BackupFileError("Sauvegarde corrompue : en-tête illisible. / Corrupt backup: unreadable record header.")
    }
  }

  /** The body of the current record; must be consumed entirely before the next header. */
  async *body(): AsyncGenerator<Buffer> {
    for (;;) {
      const length = (await this.exact(4)).readUInt32BE(0)
      if (length === 0) return
      yield await this.exact(length)
    }
  }

  /** Stops reading (after an error, or once the end record is read) and releases the file. */
  async close(): Promise<void> {
    await this.source.return?.().catch(() => undefined)
  }

  async skipBody(): Promise<void> {
    for await (const _chunk of this.body()) {
      // drained
    }
  }

  private async line(limit: number): Promise<string> {
    for (;;) {
      const end = this.pending.indexOf(0x0a)
      if (end >= 0) {
        const text = this.pending.subarray(0, end).toString("utf8")
        this.pending = this.pending.subarray(end + 1)
        return text
      }
      if (this.pending.length > limit) throw notABackup()
      await this.more()
    }
  }

  private async exact(length: number): Promise<Buffer> {
    while (this.pending.length < length) await this.more()
    const bytes = this.pending.subarray(0, length)
    this.pending = this.pending.subarray(length)
    return bytes
  }

  private async more(): Promise<void> {
    let next: IteratorResult<Buffer>
    try {
      next = await this.source.next()
    } catch (error) {
      throw new BackupFileError(
        `Sauvegarde incomplète ou corrompue (${(error as Error).message}) : elle ne peut pas être restaurée. / ` +
          "Truncated or corrupt backup: it cannot be restored."
      )
    }
    if (next.done) {
      throw new BackupFileError("Sauvegarde incomplète (fichier tronqué). / Truncated backup file.")
    }
    this.pending = this.pending.length === 0 ? next.value : Buffer.concat([this.pending, next.value])
  }
}

function notABackup(): BackupFileError {
  return new BackupFileError("Ce fichier n'est pas une sauvegarde Comptoir. / This file is not a Comptoir backup.")
}

import path from "node:path"

// `npm run accounts -- import eleves.csv [--out mots-de-passe.csv]`. run-with-db.ts hands the
// words to `medusa exec` as `import file=… out=…` (medusa exec would take `--out` for itself),
// with paths made absolute against the folder npm was run from.

export interface AccountsArgs {
  command: "import"
  file: string
  out?: string
}

export const ACCOUNTS_USAGE = "usage : npm run accounts -- import eleves.csv [--out mots-de-passe.csv]"

/** The command line as typed (after `--`) → the words for `medusa exec ./src/scripts/accounts.ts`. */
export function accountsExecArgs(flags: readonly string[], cwd: string): string[] {
  const [command, file, ...rest] = flags
  if (command !== "import" || !file || file.startsWith("--")) throw new Error(ACCOUNTS_USAGE)
  const words = ["import", `file=${path.resolve(cwd, file)}`]
  for (let index = 0; index < rest.length; index++) {
    const flag = rest[index] as string
    const [name, inline] = flag.split("=", 2)
    if (name !== "--out") throw new Error(`option inattendue « ${flag} » — ${ACCOUNTS_USAGE}`)
    const value = inline ?? rest[++index]
    if (!value) throw new Error(`--out demande un nom de fichier — ${ACCOUNTS_USAGE}`)
    words.push(`out=${path.resolve(cwd, value)}`)
  }
  return words
}

/** The words medusa exec passes to the script → its options. */
export function parseAccountsArgs(words: readonly string[]): AccountsArgs {
  const [command, ...rest] = words
  if (command !== "import") throw new Error(ACCOUNTS_USAGE)
  const options = new Map<string, string>()
  for (const word of rest) {
    const index = word.indexOf("=")
    if (index <= 0) throw new Error(`argument « ${word} » : attendu clé=valeur — ${ACCOUNTS_USAGE}`)
    options.set(word.slice(0, index), word.slice(index + 1))
  }
  const unknown = [...options.keys()].filter((key) => key !== "file" && key !== "out")
  if (unknown.length > 0) throw new Error(`argument inconnu « ${unknown.join(", ")} » — ${ACCOUNTS_USAGE}`)
  const file = options.get("file")
  if (!file) throw new Error(ACCOUNTS_USAGE)
  const out = options.get("out")
  return { command: "import", file, ...(out ? { out } : {}) }
}

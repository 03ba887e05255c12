// The class list a teacher exports from a spreadsheet or the school's software: one account per
// line, columns nom;email;role (or name,email,role), `;` or `,` between fields. Everything is
// checked before anything is created, and every problem is reported at once.

export const ACCOUNT_ROLES = ["teacher", "student"] as const
export type AccountRole = (typeof ACCOUNT_ROLES)[number]

export interface AccountRow {
  /** Line of the file (1 = the header), for messages. */
  line: number
  first_name: string
  last_name: string
  email: string
  role: AccountRole
}

export type ParseResult = { ok: true; accounts: AccountRow[] } | { ok: false; problems: string[] }

const HEADER_NAMES: Record<string, "name" | "first_name" | "email" | "role"> = {
  nom: "name",
  name: "name",
  "nom complet": "name",
  "full name": "name",
  last_name: "name",
  prenom: "first_name",
  first_name: "first_name",
  firstname: "first_name",
  email: "email",
  "e-mail": "email",
  mail: "email",
  courriel: "email",
  "adresse e-mail": "email",
  role: "role",
  statut: "role",
}

const ROLE_NAMES: Record<string, AccountRole> = {
  enseignant: "teacher",
  enseignante: "teacher",
  professeur: "teacher",
  prof: "teacher",
  teacher: "teacher",
  eleve: "student",
  etudiant: "student",
  etudiante: "student",
  apprenti: "student",
  apprentie: "student",
  student: "student",
}

const MAX_LENGTH = 120
const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/

/** Lower case, no accents, no surrounding spaces: « Élève » → "eleve". */
const fold = (value: string) => value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().toLowerCase()

/** One line's fields; a field in double quotes may hold the separator (`"Martin; Léa"`). */
export function splitLine(line: string, separator: string): string[] {
  const fields: string[] = []
  let current = ""
  let quoted = false
  for (let index = 0; index < line.length; index++) {
    const char = line[index] as string
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        current += '"'
        index++
      } else if (char === '"') quoted = false
      else current += char
    } else if (char === '"' && current.trim() === "") {
      quoted = true
      current = ""
    } else if (char === separator) {
      fields.push(current.trim())
      current = ""
    } else current += char
  }
  fields.push(current.trim())
  return fields
}

/** "Léa Martin" → Léa / Martin; a single word is the last name. */
function splitName(full: string): { first_name: string; last_name: string } {
  const words = full.split(/\s+/).filter(Boolean)
  if (words.length < 2) return { first_name: "", last_name: words[0] ?? "" }
  return { first_name: words[0] as string, last_name: words.slice(1).join(" ") }
}

export function parseAccountsCsv(text: string): ParseResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/)
  const headerIndex = lines.findIndex((line) => line.trim() !== "")
  if (headerIndex < 0) return { ok: false, problems: ["le fichier est vide"] }
  const header = lines[headerIndex] as string
  const separator = header.includes(";") ? ";" : ","
  const columns = splitLine(header, separator).map((name) => HEADER_NAMES[fold(name)])
  const problems: string[] = []
  for (const needed of ["name", "email", "role"] as const) {
    if (!columns.includes(needed)) problems.push(`ligne ${headerIndex + 1} : colonne « ${needed === "name" ? "nom" : needed} » introuvable (en-tête attendu : nom;email;role)`)
  }
  if (problems.length > 0) return { ok: false, problems }

  const accounts: AccountRow[] = []
  const seen = new Map<string, number>()
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const raw = lines[index] as string
    if (raw.trim() === "" || /^[;,\s]*$/.test(raw)) continue
    const line = index + 1
    const fields = splitLine(raw, separator)
    if (fields.length !== columns.length) {
      problems.push(`ligne ${line} : ${fields.length} champs au lieu de ${columns.length}`)
      continue
    }
    const value = (column: string) => fields[columns.indexOf(column as never)] ?? ""
    const email = value("email").toLowerCase()
    const name = value("name")
    const roleText = value("role")
    const role = ROLE_NAMES[fold(roleText)]
    const lineProblems: string[] = []
    if (!name) lineProblems.push("nom manquant")
    if (name.length > MAX_LENGTH) lineProblems.push(`nom trop long (plus de ${MAX_LENGTH} caractères)`)
    if (!EMAIL.test(email) || email.length > MAX_LENGTH) lineProblems.push(`adresse e-mail invalide « ${value("email")} »`)
    if (!role) lineProblems.push(`rôle inconnu « ${roleText} » (enseignant ou eleve)`)
    const earlier = seen.get(email)
    if (email && earlier !== undefined) lineProblems.push(`adresse e-mail déjà présente ligne ${earlier}`)
    if (lineProblems.length > 0) {
      problems.push(`ligne ${line} : ${lineProblems.join(", ")}`)
      continue
    }
    seen.set(email, line)
    const firstName = columns.includes("first_name") ? value("first_name") : null
    const names = firstName !== null ? { first_name: firstName, last_name: name } : splitName(name)
    accounts.push({ line, ...names, email, role: role as AccountRole })
  }
  if (problems.length > 0) return { ok: false, problems }
  if (accounts.length === 0) return { ok: false, problems: ["aucun compte dans le fichier (seulement l'en-tête)"] }
  return { ok: true, accounts }
}

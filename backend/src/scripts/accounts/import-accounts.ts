import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { type AccountRole, type AccountRow, parseAccountsCsv } from "./parse-accounts"
import { readablePassword } from "./passwords"

export interface CreatedAccount {
  email: string
  first_name: string
  last_name: string
  role: AccountRole
  password: string
}

export interface ImportReport {
  created: CreatedAccount[]
  /** Accounts whose e-mail already exists: left as they are, password unchanged. */
  skipped: { email: string; role: AccountRole }[]
}

/** Accounts created before a failure, so their passwords are not lost with the error. */
export class PartialImportError extends Error {
  constructor(
    readonly created: CreatedAccount[],
    cause: unknown
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = "PartialImportError"
  }
}

/**
 * Creates an admin account per line of the class list (see parse-accounts.ts), as `medusa user`
 * does: an e-mail/password identity, then the user through Medusa's createUserAccountWorkflow.
 * The role goes in the user's metadata: Medusa gives every admin the same rights, so a teacher
 * sees everything and so does a student. A file with a problem creates nothing; an e-mail
 * that already has an account is skipped, so a second run adds only the newcomers.
 */
export async function importAccounts(container: MedusaContainer, csv: string): Promise<ImportReport> {
  const parsed = parseAccountsCsv(csv)
  if (!parsed.ok) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Fichier refusé, aucun compte créé :\n- ${parsed.problems.join("\n- ")}`)
  }
  const users = container.resolve(Modules.USER)
  const existing = await users.listUsers({ email: parsed.accounts.map((account) => account.email) }, { select: ["email"] })
  const taken = new Set(existing.map((user) => user.email.toLowerCase()))
  const report: ImportReport = { created: [], skipped: [] }
  try {
    for (const account of parsed.accounts) {
      if (taken.has(account.email)) {
        report.skipped.push({ email: account.email, role: account.role })
        continue
      }
      report.created.push(await createAccount(container, account))
    }
  } catch (error) {
    throw new PartialImportError(report.created, error)
  }
  return report
}

async function createAccount(container: MedusaContainer, account: AccountRow): Promise<CreatedAccount> {
  const password = readablePassword()
  const authIdentityId = await emailPassIdentity(container, account.email, password)
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId,
      userData: {
        email: account.email,
        first_name: account.first_name || null,
        last_name: account.last_name || null,
        metadata: { role: account.role },
      },
    },
  })
  return { email: account.email, first_name: account.first_name, last_name: account.last_name, role: account.role, password }
}

/**
 * A new e-mail/password identity. One left by an interrupted run (identity registered, user
 * not created) is reused with the new password, so the password printed is the one that works.
 */
async function emailPassIdentity(container: MedusaContainer, email: string, password: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const [found] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" }, { take: 1 })
  if (found?.auth_identity_id) {
    const { success, error } = await auth.updateProvider("emailpass", { entity_id: email, password })
    if (!success) throw new Error(`could not reset the password of ${email}: ${error ?? "unknown error"}`)
    return found.auth_identity_id
  }
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`could not register ${email}: ${error ?? "no identity returned"}`)
  return authIdentity.id
}

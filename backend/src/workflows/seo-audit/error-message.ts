/** Shown when the audit stopped without a known cause (a step after the crawl failed). */
export const SEO_AUDIT_ABORTED = "L'audit s'est arrêté avant la fin, sans cause connue. Relancez-le ; si cela se reproduit, consultez les journaux du serveur."

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: "refuse la connexion",
  ENOTFOUND: "a une adresse introuvable",
  EAI_AGAIN: "a une adresse introuvable pour le moment",
  ECONNRESET: "a coupé la connexion",
  ETIMEDOUT: "ne répond pas",
  UND_ERR_CONNECT_TIMEOUT: "ne répond pas",
}

function codesOf(error: unknown): string[] {
  const codes: string[] = []
  const seen = new Set<unknown>()
  let current: unknown = error
  // fetch() wraps the socket error in `cause` (sometimes twice).
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current)
    const { code, name } = current as { code?: unknown; name?: unknown }
    if (typeof code === "string") codes.push(code)
    if (typeof name === "string") codes.push(name)
    current = (current as { cause?: unknown }).cause
  }
  return codes
}

/**
 * What the admin reads when an audit fails: which address, what went wrong, what to check.
 * The raw error (often English, from Node) stays in the server log.
 */
export function auditFailureMessage(error: unknown, baseUrl: string): string {
  const codes = codesOf(error)
  const network = codes.map((code) => NETWORK_CODES[code]).find(Boolean)
  if (network) {
    return `La boutique (${baseUrl}) ${network} : vérifiez qu'elle est démarrée et que STOREFRONT_URL (ou STOREFRONT_INTERNAL_URL) indique la bonne adresse.`
  }
  if (codes.includes("TimeoutError") || codes.includes("AbortError")) {
    return `La boutique (${baseUrl}) a mis trop de temps à répondre : réessayez quand elle est moins chargée.`
  }
  const detail = error instanceof Error ? error.message : String(error)
  return `L'audit de la boutique (${baseUrl}) a échoué : ${detail.slice(0, 300)}`
}

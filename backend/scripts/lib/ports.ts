import net from "node:net"

/** Resolves true when nothing listens on 127.0.0.1:port and we could bind it. */
export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}

/** A port nothing listens on right now, chosen by the system (for tests and benchmarks). */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type PortClaim = { port: number; variable: string; role: string }

/** Every busy port, described in French then English, so one message lists them all. */
export async function busyPortProblems(claims: PortClaim[]): Promise<string[]> {
  const problems: string[] = []
  for (const claim of claims) {
    if (!(await isPortFree(claim.port))) {
      problems.push(
        `Le port ${claim.port} (${claim.role}, variable ${claim.variable}) est déjà utilisé : arrêtez le programme qui l'occupe ` +
          `ou choisissez-en un autre, par exemple \`${claim.variable}=${claim.port + 1} npm start\` (ou la ligne ${claim.variable}=${claim.port + 1} dans .env).\n` +
          `    Port ${claim.port} (${claim.role}, ${claim.variable}) is already in use: stop what uses it or set ${claim.variable}.`
      )
    }
  }
  return problems
}

export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) {
      throw new Error(`stopped before ${url} answered`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)
}

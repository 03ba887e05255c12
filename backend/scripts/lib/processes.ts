import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import readline from "node:readline"

export type Service = {
  name: string
  child: ChildProcess
  exited: Promise<number | null>
  isAlive: () => boolean
}

/**
 * Runs a command in its own process group, so that stopping it also stops the
 * processes it started (Next's `next-server`, Medusa's workers), and prefixes its output.
 */
export type ServiceOptions = {
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  logDir: string
  echo: boolean
}

export function startService(options: ServiceOptions): Service {
  fs.mkdirSync(options.logDir, { recursive: true })
  const logFile = fs.createWriteStream(path.join(options.logDir, `${options.name}.log`), { flags: "a" })
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let alive = true
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => {
      alive = false
      logFile.end()
      resolve(code)
    })
    child.once("error", (error) => {
      alive = false
      logFile.write(`${error.message}\n`)
      resolve(1)
    })
  })
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue
    readline.createInterface({ input: stream }).on("line", (line) => {
      logFile.write(`${line}\n`)
      if (!options.echo) return
      try {
        process.stdout.write(`[${options.name}] ${line}\n`)
      } catch {
        // whoever read our output is gone; the log file keeps it
      }
    })
  }
  return { name: options.name, child, exited, isAlive: () => alive }
}

/** SIGTERM to the whole group, then SIGKILL whatever is still there after the grace period. */
export async function stopService(service: Service, graceMs = 10_000): Promise<void> {
  const pid = service.child.pid
  if (!pid || !service.isAlive()) return
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal)
    } catch {
      // group already gone
    }
  }
  signalGroup("SIGTERM")
  const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), graceMs).unref())
  if ((await Promise.race([service.exited, timer])) === "timeout") {
    signalGroup("SIGKILL")
    await service.exited
  }
  // Children that outlived their leader (e.g. next-server) still belong to the group.
  signalGroup("SIGKILL")
}

/** Runs a command to completion, streaming its output with a prefix; rejects on failure. */
export async function runStep(options: ServiceOptions): Promise<void> {
  const service = startService(options)
  const code = await service.exited
  if (code !== 0) {
    throw new Error(
      `« ${options.name} » a échoué (code ${code}). Détails / details: ${path.join(options.logDir, `${options.name}.log`)}`
    )
  }
}

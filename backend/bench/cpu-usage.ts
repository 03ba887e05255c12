import fs from "node:fs"
import type { Client } from "pg"

// CPU time spent by the backend process and by Postgres during a run, read from /proc (Linux).
// On a shared machine the events/s figure depends on what else runs; CPU per event does not,
// so both are printed. Elsewhere (macOS, Windows) the columns are left out.

const TICKS_PER_SECOND = 100

function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? []
    // After "pid (comm) ": state is field 0, utime 11, stime 12.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
  } catch {
    return 0
  }
}

export const cpuAccountingAvailable = fs.existsSync("/proc/self/stat")

/** The Postgres processes working for `database`: its connections and the shared background writers. */
async function postgresPids(client: Client, database: string): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = $1 OR backend_type IN ('walwriter', 'checkpointer', 'background writer', 'autovacuum worker')",
    [database]
  )
  return rows.map((row) => row.pid)
}

export interface CpuSample {
  backendMs: number
  postgresMs: number
}

/** Starts counting; the returned function gives the CPU used since. */
export async function startCpuCount(client: Client, database: string, backendPid: number): Promise<() => Promise<CpuSample>> {
  const before = new Map<number, number>()
  for (const pid of await postgresPids(client, database)) before.set(pid, cpuMs(pid))
  const backendBefore = cpuMs(backendPid)
  return async () => {
    let postgresMs = 0
    for (const pid of new Set([...before.keys(), ...(await postgresPids(client, database))])) {
      const now = cpuMs(pid)
      // A process gone since (an autovacuum worker) cannot be read any more: left out.
      if (now > 0) postgresMs += now - (before.get(pid) ?? 0)
    }
    return { backendMs: cpuMs(backendPid) - backendBefore, postgresMs }
  }
}

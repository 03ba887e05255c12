/**
 * `npm test`: every test of the project in one command and one summary. Unit tests of each
 * package, the backend's integration tests (real Medusa app, real Postgres), then the browser
 * tests of the whole stack (Playwright in Debian's Chromium) and the launcher's own tests.
 * Every stage runs even if an earlier one failed, so one run shows everything that is broken.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { binary, dataDir, repoRoot } from "./lib/paths"

type Counts = { passed: number; failed: number; skipped: number }
type Stage = { name: string; cwd: string; command: string; args: string[]; report: string; kind: "vitest" | "playwright" | "exit-code" }

const reportDir = path.join(dataDir(), "test-results")

function vitestStage(name: string, workspace: string, extraArgs: string[] = []): Stage {
  const report = path.join(reportDir, `${name.replace(/\W+/g, "-")}.json`)
  return {
    name,
    cwd: path.join(repoRoot, workspace),
    command: binary("vitest"),
    args: ["run", ...extraArgs, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    report,
    kind: "vitest",
  }
}

const stages: Stage[] = [
  { name: "build: libraries", cwd: repoRoot, command: binary("turbo"), args: ["run", "build", "--filter=@comptoir/analytics", "--filter=@comptoir/seed", "--output-logs=errors-only"], report: "", kind: "exit-code" },
  { name: "types: every package", cwd: repoRoot, command: binary("turbo"), args: ["run", "typecheck", "--output-logs=errors-only"], report: "", kind: "exit-code" },
  vitestStage("unit: analytics", "analytics"),
  vitestStage("unit: seed", "seed"),
  vitestStage("unit: backend", "backend", ["--project", "unit"]),
  vitestStage("unit: storefront", "storefront"),
  vitestStage("integration: backend", "backend", ["--project", "integration"]),
  {
    name: "e2e: browser",
    cwd: path.join(repoRoot, "e2e"),
    command: binary("playwright"),
    args: ["test"],
    report: path.join(reportDir, "e2e-browser.json"),
    kind: "playwright",
  },
  vitestStage("e2e: npm start", "e2e"),
]

function run(stage: Stage): Promise<number> {
  process.stdout.write(`\n━━ ${stage.name} ━━\n`)
  const child = spawn(stage.command, stage.args, {
    cwd: stage.cwd,
    stdio: "inherit",
    env: {
      ...process.env,
      TURBO_TELEMETRY_DISABLED: "1",
      MEDUSA_DISABLE_TELEMETRY: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(stage.kind === "playwright" ? { PLAYWRIGHT_JSON_OUTPUT_NAME: stage.report } : {}),
    },
  })
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code ?? 1))
    child.once("error", () => resolve(1))
  })
}

function readCounts(stage: Stage, exitCode: number): Counts {
  if (stage.kind === "exit-code" || !fs.existsSync(stage.report)) {
    return exitCode === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 }
  }
  const report = JSON.parse(fs.readFileSync(stage.report, "utf8"))
  const counts: Counts =
    stage.kind === "vitest"
      ? { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
      : { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped }
  // A runner that failed without a failing test (a suite that did not load) is still a failure.
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1
  return counts
}

async function main() {
  fs.rmSync(reportDir, { recursive: true, force: true })
  fs.mkdirSync(reportDir, { recursive: true })
  const rows: Array<{ name: string; counts: Counts; seconds: number }> = []
  for (const stage of stages) {
    const started = Date.now()
    const exitCode = await run(stage)
    rows.push({ name: stage.name, counts: readCounts(stage, exitCode), seconds: (Date.now() - started) / 1000 })
  }
  const total = rows.reduce(
    (sum, row) => ({ passed: sum.passed + row.counts.passed, failed: sum.failed + row.counts.failed, skipped: sum.skipped + row.counts.skipped }),
    { passed: 0, failed: 0, skipped: 0 }
  )
  const pad = (text: string | number, width: number) => String(text).padEnd(width)
  process.stdout.write(`\nRésumé des tests / test summary\n`)
  process.stdout.write(`  ${pad("stage", 24)}${pad("passed", 8)}${pad("failed", 8)}${pad("skipped", 9)}time\n`)
  for (const row of rows) {
    const mark = row.counts.failed > 0 ? "✗" : "✓"
    process.stdout.write(
      `${mark} ${pad(row.name, 24)}${pad(row.counts.passed, 8)}${pad(row.counts.failed, 8)}${pad(row.counts.skipped, 9)}${row.seconds.toFixed(0)} s\n`
    )
  }
  process.stdout.write(`\nTotal: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`)
  process.exit(total.failed > 0 ? 1 : 0)
}

void main()

import { createMigratedDatabase, dropDatabase } from "../../bench/scratch-backend"
import { backendDir, binary } from "../../scripts/lib/paths"
import { runStep } from "../../scripts/lib/processes"
import { logDir, schemaFingerprint, serverUrl, shopCounts } from "./crash-helpers"

// "Migrations run twice are harmless": `npm start` migrates on every code change and a restore
// migrates before loading, so `medusa db:migrate` must find nothing to do the second time.

describe("medusa db:migrate run twice", () => {
  const databaseName = `comptoir_migrate_twice_${process.pid}`
  let databaseUrl = ""

  beforeAll(async () => {
    databaseUrl = await createMigratedDatabase(serverUrl(), databaseName, logDir)
  })

  afterAll(async () => {
    await dropDatabase(serverUrl(), databaseName)
  })

  it("leaves the schema and the data exactly as the first run left them", async () => {
    const schema = await schemaFingerprint(databaseUrl)
    const counts = await shopCounts(databaseUrl)
    expect(schema.filter((line) => line.startsWith("migration ")).length).toBeGreaterThan(100)

    await runStep({
      name: `migrate-again-${databaseName}`,
      command: binary("medusa"),
      args: ["db:migrate"],
      cwd: backendDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true", REDIS_URL: undefined },
      logDir,
      echo: false,
    })

    expect(await schemaFingerprint(databaseUrl)).toEqual(schema)
    expect(await shopCounts(databaseUrl)).toEqual(counts)
  })
})

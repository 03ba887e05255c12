// Medusa loads medusa-config.ts and the project's src/ with require(): give it a TypeScript hook.
import { register } from "ts-node"

register({ transpileOnly: true, swc: true, project: `${__dirname}/../tsconfig.json` })
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
// Tests build on the 4-product starter shop unless they install the demo themselves.
process.env.DEMO_SHOP ??= "false"

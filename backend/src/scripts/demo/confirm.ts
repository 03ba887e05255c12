import readline from "node:readline/promises"

/** `--yes` (or `yes`) on the command line, or COMPTOIR_RESET_CONFIRMED=1 from the `npm run reset` wrapper. */
export function confirmedOnCommandLine(args: string[], env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv) {
  return args.includes("yes") || args.includes("--yes") || argv.includes("--yes") || env.COMPTOIR_RESET_CONFIRMED === "1"
}

/** Asks a yes/no question in the terminal; anything but "o"/"oui" (or "y"/"yes") is a no. */
export async function askConfirmation(question: string): Promise<boolean> {
  const terminal = readline.createInterface({ input: process.stdin, output: process.stdout })
  try {
    const answer = (await terminal.question(`${question} (oui/non) `)).trim().toLowerCase()
    return ["o", "oui", "y", "yes"].includes(answer)
  } finally {
    terminal.close()
  }
}

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import * as chromeLauncher from "chrome-launcher";
import type { LighthouseSummary } from "./score-table";

const CHROMIUM_PATH = process.env.BENCH_CHROMIUM_PATH ?? "/usr/bin/chromium";
const CATEGORIES = "performance,accessibility,best-practices,seo";

/**
 * Lighthouse runs in a child `node`, not in this tsx process: tsx compiles Lighthouse's own
 * files with esbuild's `keepNames`, and the `__name(...)` calls that adds break the functions
 * Lighthouse serialises into the page ("ReferenceError: __name is not defined").
 */
function runLighthouseCli(url: string, port: number): Promise<LighthouseSummary> {
  const cli = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");
  const args = [cli, url, `--port=${port}`, "--output=json", "--output-path=stdout", "--quiet", `--only-categories=${CATEGORIES}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`Lighthouse exited with code ${code} on ${url}: ${stderr.slice(-2000)}`));
      try {
        const lhr = JSON.parse(Buffer.concat(stdout).toString("utf8")) as LighthouseSummary & {
          runtimeError?: { message: string };
        };
        if (lhr.runtimeError) return reject(new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`));
        resolve({ categories: lhr.categories, audits: lhr.audits });
      } catch (error) {
        reject(new Error(`Lighthouse printed no JSON report for ${url}: ${String(error)}`));
      }
    });
  });
}

/**
 * Audits each URL in turn in one headless Chromium, with Lighthouse's default settings
 * (a mid-range phone on a throttled 4G connection, simulated), all four categories.
 */
export async function auditPages(urls: readonly string[]): Promise<LighthouseSummary[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const results: LighthouseSummary[] = [];
    for (const url of urls) results.push(await runLighthouseCli(url, chrome.port));
    return results;
  } finally {
    chrome.kill();
  }
}

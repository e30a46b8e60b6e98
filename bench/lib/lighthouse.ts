import * as chromeLauncher from "chrome-launcher";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse, { desktopConfig, generateReport, type Result } from "lighthouse";
import { log } from "./log";
import { median } from "./stats";

export type LighthouseRun = { performance: number; accessibility: number; lhr: Result };

const chromePath = "/usr/bin/chromium";
const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/**
 * Runs Lighthouse (desktop preset, performance and accessibility only) `runs` times, each in a
 * fresh Chromium, sending the session cookie with every request; returns the run with the
 * median performance score (Lighthouse's own advice for noisy scores).
 */
export async function runLighthouse(url: string, cookie: string, runs: number): Promise<LighthouseRun> {
  const results: LighthouseRun[] = [];
  for (let i = 1; i <= runs; i += 1) {
    const result = await runOnce(url, cookie);
    log(`lighthouse run ${i}/${runs}: performance ${result.performance}, accessibility ${result.accessibility}`);
    results.push(result);
  }
  const middle = median(results.map((result) => result.performance));
  const chosen = results.find((result) => result.performance === middle);
  if (!chosen) throw new Error("no Lighthouse result");
  const report = path.join(os.tmpdir(), "rampart-bench-lighthouse");
  writeFileSync(`${report}.html`, generateReport(chosen.lhr, "html"));
  writeFileSync(`${report}.json`, JSON.stringify(chosen.lhr));
  log(`lighthouse report of the median run: ${report}.html (and .json)`);
  return chosen;
}

async function runOnce(url: string, cookie: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: "error" });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: "error", output: "json", onlyCategories: ["performance", "accessibility"], extraHeaders: { Cookie: cookie } },
      desktopConfig,
    );
    if (!result) throw new Error("Lighthouse returned no result");
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    // A lost session would redirect to /signin and quietly score the wrong page.
    if (lhr.finalDisplayedUrl !== url) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${url}`);
    return { performance: score(lhr, "performance"), accessibility: score(lhr, "accessibility"), lhr };
  } finally {
    chrome.kill();
  }
}

function score(lhr: Result, category: string): number {
  const value = lhr.categories[category]?.score;
  if (typeof value !== "number") throw new Error(`Lighthouse gave no ${category} score`);
  return Math.round(value * 100);
}

/** The audits that cost points in a category, worst first, for the report. */
export function failingAudits(lhr: Result, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit !== undefined && typeof audit.score === "number" && audit.score < 0.9)
    .map((audit) => `${audit?.id} (${Math.round((audit?.score ?? 0) * 100)}${audit?.displayValue ? `, ${audit.displayValue}` : ""})`);
}

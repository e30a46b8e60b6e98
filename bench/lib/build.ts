import { spawnSync } from "node:child_process";
import { isDeepStrictEqual } from "node:util";
import { readFileSync, writeFileSync } from "node:fs";
import { log } from "./log";

const tsconfig = "tsconfig.json";

/**
 * Builds the production app into distDir with the project's own build script. `next build` adds
 * `<distDir>/types` entries to tsconfig.json; the file is put back as it was afterwards, so a
 * benchmark build never leaves the project's configuration changed.
 */
export function buildApp(distDir: string): void {
  log(`building into ${distDir} (node scripts/e2e-build.mjs)`);
  const started = Date.now();
  const before = readFileSync(tsconfig, "utf8");
  const result = spawnSync(process.execPath, ["scripts/e2e-build.mjs"], {
    stdio: ["ignore", process.stderr, "inherit"], // stdout is kept for the figures
    env: { ...process.env, E2E_DIST_DIR: distDir },
  });
  restoreTsconfig(before, distDir);
  if (result.status !== 0) throw new Error(`build failed (exit ${result.status ?? result.signal})`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Writes the old text back only if the build's added includes are the sole change. */
function restoreTsconfig(before: string, distDir: string): void {
  const after = readFileSync(tsconfig, "utf8");
  if (after === before) return;
  const prefix = `${distDir.replace(/^\.\//, "")}/`;
  const withoutBuildEntries = JSON.parse(after) as { include?: string[] };
  withoutBuildEntries.include = withoutBuildEntries.include?.filter((entry) => !entry.startsWith(prefix));
  if (isDeepStrictEqual(withoutBuildEntries, JSON.parse(before))) {
    writeFileSync(tsconfig, before);
    log(`restored tsconfig.json (next build had added ${prefix}types entries)`);
  } else {
    log(`WARNING: tsconfig.json changed during the build in more than its ${prefix}types entries; left as is`);
  }
}

#!/usr/bin/env node
// `next build` into NEXT_DIST_DIR (.next by default), skipped when the folder already holds a build
// of exactly these inputs: CI builds once and runs the test command twice (embedded database, then
// the server) on that build, and a second `npm run demo` on unchanged code starts at once.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const stamp = path.join(distDir, "rampart-build-inputs");
// What the build reads: everything in the repository except tests, benchmarks and notes.
const notInputs = /^(e2e|tests|bench|\.ci)\/|\.md$|\.test\.tsx?$/;

function inputsHash() {
  const listed = spawnSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { encoding: "utf8" });
  if (listed.status !== 0) return null;
  const hash = createHash("sha256");
  for (const file of listed.stdout.split("\0").filter(Boolean).sort()) {
    if (notInputs.test(file) || !existsSync(file)) continue;
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

const inputs = inputsHash();
if (inputs && existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === inputs) {
  console.log(`Reusing the production build in ${distDir}: its inputs have not changed.`);
  process.exit(0);
}
const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
});
// Hashed again after the build, which adds its type folders to tsconfig.json.
const built = result.status === 0 ? inputsHash() : null;
if (built) writeFileSync(stamp, built);
process.exit(result.status ?? 1);

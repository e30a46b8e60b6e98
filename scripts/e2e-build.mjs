#!/usr/bin/env node
// Builds the production app into .next-test for the browser tests, leaving a demo's .next alone.
import { spawnSync } from "node:child_process";

const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-test", NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);

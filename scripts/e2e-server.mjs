#!/usr/bin/env node
// The browser tests' server: a fresh database (a new PGlite folder, or the server database that
// DATABASE_URL names, which CI creates empty), migrated, seeded with a known demo password and
// loaded with the course content, then the production build on port 3100.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";

const e2ePort = Number(process.env.E2E_PORT ?? 3100);
const env = {
  ...process.env,
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-test",
  NEXT_TELEMETRY_DISABLED: "1",
  DEMO_PASSWORD: process.env.DEMO_PASSWORD ?? "e2e-demo-password",
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  AUTH_TRUST_HOST: "true",
  // Lessons count as read after a few seconds instead of minutes, so tests can reach the minimum.
  READING_MAX_WPM: process.env.READING_MAX_WPM ?? "3000",
};
if (!env.DATABASE_URL) {
  env.PGLITE_DATA_DIR = path.join(process.cwd(), `.data-e2e-${e2ePort}`);
  rmSync(env.PGLITE_DATA_DIR, { recursive: true, force: true });
}

// The last script adds the quizzes the browser tests need (e2e/fixtures/seed-test-quizzes.ts).
for (const script of ["db/cli/migrate.ts", "db/cli/seed.ts", "db/cli/sync-content.ts", "e2e/fixtures/seed-test-quizzes.ts"]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(e2ePort), "-H", "127.0.0.1"], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

#!/usr/bin/env node
// The browser tests' production build goes to its own folder (.next-test, or E2E_DIST_DIR), so a
// test run never disturbs a demo serving from .next.
process.env.NEXT_DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-test";
await import("./build.mjs");

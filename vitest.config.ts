import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "db/**/*.test.ts", "tests/integration/**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", "tests/shared/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own database; two at a time suits the 2-core machines we run on.
    maxWorkers: 2,
  },
});

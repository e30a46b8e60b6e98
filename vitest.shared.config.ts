import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Tests that need the shared source documents in ../shared/seeds (npm run test:shared). */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/shared/**/*.test.ts"],
    testTimeout: 60000,
  },
});

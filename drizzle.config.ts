import { defineConfig } from "drizzle-kit";

// Migrations are generated offline from the schema; they are applied by db/migrate.ts at start.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});

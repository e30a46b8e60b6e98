import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { lockDataDir } from "./data-dir-lock";
import * as schema from "./schema";

/** One type for both drivers, so `.returning()` and transactions type-check on either. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  url?: string;
  close: () => Promise<void>;
}

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export function pgliteDataDir(): string {
  return process.env.PGLITE_DATA_DIR ?? path.join(process.cwd(), ".data", "pglite");
}

/** Opens the database named by the environment: the server when DATABASE_URL is set, else PGlite. */
export async function openDatabase(options: { url?: string; dataDir?: string } = {}): Promise<DatabaseHandle> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database must not be opened while building: keep database pages dynamic.");
  }
  const url = options.url ?? process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
    return { db: drizzle(client, { schema, casing: "snake_case" }), kind: "postgres", url, close: () => client.end() };
  }
  const dataDir = options.dataDir ?? pgliteDataDir();
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  try {
    const client = await PGlite.create(inMemory ? undefined : dataDir);
    return {
      db: drizzle(client, { schema, casing: "snake_case" }),
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // The handle was opened by openDatabase with the PGlite driver.
    await migrate(handle.db as Parameters<typeof migrate>[0], { migrationsFolder });
    return;
  }
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  // Several server processes may start at once: one migrates while the others wait on a
  // session lock, which needs a single dedicated connection.
  const client = postgres(handle.url ?? "", { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(72716)`;
    await migrate(drizzle(client, { casing: "snake_case" }), { migrationsFolder });
  } finally {
    await client.end();
  }
}

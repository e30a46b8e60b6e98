import { migrateDatabase, openDatabase, type Database, type DatabaseHandle } from "./client";

/**
 * The process-wide database, opened and migrated on first use. Kept on globalThis so that
 * module reloads in development do not open a second PGlite on the same folder.
 */
const holder = globalThis as typeof globalThis & { __rampartDb?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  holder.__rampartDb ??= openDatabase().then(async (handle) => {
    await migrateDatabase(handle);
    return handle;
  });
  holder.__rampartDb.catch(() => {
    holder.__rampartDb = undefined;
  });
  return holder.__rampartDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

export type { Database };

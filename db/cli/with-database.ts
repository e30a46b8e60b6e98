import { migrateDatabase, openDatabase, type DatabaseHandle } from "../client";
import { DataDirLockedError } from "../data-dir-lock";

/** Opens and migrates the configured database for a maintenance script, and always closes it. */
export async function withDatabase(body: (handle: DatabaseHandle) => Promise<void>): Promise<void> {
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase();
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  try {
    await migrateDatabase(handle);
    await body(handle);
  } finally {
    await handle.close();
  }
}

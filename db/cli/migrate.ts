import { migrateDatabase, openDatabase } from "../client";

const handle = await openDatabase();
try {
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.kind}).`);
} finally {
  await handle.close();
}

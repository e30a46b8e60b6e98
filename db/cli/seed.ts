import path from "node:path";
import { migrateDatabase, openDatabase } from "../client";
import { demoCourse, rememberDemoCredentials, seedDemo } from "../seed";

const handle = await openDatabase();
try {
  await migrateDatabase(handle);
  const result = await seedDemo({ db: handle.db, password: process.env.DEMO_PASSWORD });
  // Test runs fix DEMO_PASSWORD themselves; only generated passwords need keeping.
  const credentials = process.env.DEMO_PASSWORD ? "" : rememberDemoCredentials(result, path.join(process.cwd(), ".data"));
  console.log(`Demo course "${demoCourse.title}" ${result.courseCreated ? "created" : "already present"}; join code ${demoCourse.joinCode}.`);
  console.log(`Demo accounts created now: ${result.created.length}.`);
  if (credentials) {
    console.log("Demo sign-ins (role, email, password; also in .data/demo-credentials.txt):");
    console.log(credentials.trimEnd());
  }
} finally {
  await handle.close();
}

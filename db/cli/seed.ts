import path from "node:path";
import { pgliteDataDir } from "../client";
import { demoCourse, rememberDemoCredentials, seedDemo } from "../seed";
import { withDatabase } from "./with-database";

await withDatabase(async (handle) => {
  const result = await seedDemo({ db: handle.db, password: process.env.DEMO_PASSWORD });
  // Test runs fix DEMO_PASSWORD themselves; only generated passwords need keeping.
  // Kept beside the embedded database they belong to (.data/ by default, and for a server).
  const folder = process.env.DATABASE_URL ? path.join(process.cwd(), ".data") : path.dirname(pgliteDataDir());
  const credentials = process.env.DEMO_PASSWORD ? "" : rememberDemoCredentials(result, folder);
  console.log(`Demo course "${demoCourse.title}" ${result.courseCreated ? "created" : "already present"}; join code ${demoCourse.joinCode}.`);
  console.log(`Demo accounts created now: ${result.created.length}.`);
  if (credentials) {
    console.log(`Demo sign-ins (role, email, password; also in ${path.join(path.relative(process.cwd(), folder) || ".", "demo-credentials.txt")}):`);
    console.log(credentials.trimEnd());
  }
});

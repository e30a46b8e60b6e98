import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { Database } from "./client";
import { assignInstructor, enrollLearner, getCourseBySlug } from "./queries/courses";
import { createUser, getUserByEmail } from "./queries/users";
import { courses, type Role } from "./schema";
import { hashPassword } from "../lib/auth/password";

export const demoCourse = {
  slug: "nato-ukraine",
  title: "NATO and the Russia–Ukraine War",
  description:
    "Two readings on NATO since 2024: an analytical review of the alliance's record, and an opinion piece arguing it is caught in an escalation trap.",
  joinCode: "NATO2024",
};

const demoAccounts: { email: string; name: string; role: Role }[] = [
  { email: "admin@rampart.test", name: "Ada Admin", role: "admin" },
  { email: "instructor@rampart.test", name: "Ines Instructor", role: "instructor" },
  { email: "student1@rampart.test", name: "Sam Student", role: "student" },
  { email: "student2@rampart.test", name: "Tess Student", role: "student" },
];

export interface SeedResult {
  courseCreated: boolean;
  created: { email: string; role: Role; password: string }[];
}

/**
 * Idempotent: creates what is missing and leaves existing rows alone. Demo passwords are random
 * (or DEMO_PASSWORD, for tests) and exist only for these demo accounts.
 */
export async function seedDemo({ db, password }: { db: Database; password?: string }): Promise<SeedResult> {
  const existing = await getCourseBySlug({ db, slug: demoCourse.slug });
  const course =
    existing ?? (await db.insert(courses).values(demoCourse).onConflictDoNothing().returning())[0] ??
    (await getCourseBySlug({ db, slug: demoCourse.slug }));
  if (!course) throw new Error("Could not create the demo course");

  const created: SeedResult["created"] = [];
  for (const account of demoAccounts) {
    let user = await getUserByEmail({ db, email: account.email });
    if (!user) {
      const secret = password ?? randomBytes(9).toString("base64url");
      user = await createUser({ db, user: { ...account, passwordHash: await hashPassword(secret) } });
      if (user) created.push({ email: account.email, role: account.role, password: secret });
    }
    if (!user) continue;
    if (account.role === "instructor") await assignInstructor({ db, courseId: course.id, userId: user.id });
    if (account.role === "student") await enrollLearner({ db, courseId: course.id, userId: user.id });
  }
  return { courseCreated: !existing, created };
}

/** Newly made demo passwords are kept beside the embedded database so they can be shown again. */
export function rememberDemoCredentials(result: SeedResult, dataDir: string): string {
  const file = path.join(dataDir, "demo-credentials.txt");
  if (result.created.length > 0) {
    mkdirSync(dataDir, { recursive: true });
    const lines = result.created.map((account) => `${account.role.padEnd(10)} ${account.email.padEnd(26)} ${account.password}`);
    const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
    writeFileSync(file, previous + lines.join("\n") + "\n", { mode: 0o600 });
  }
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}

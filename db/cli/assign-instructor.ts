import { z } from "zod";
import { emailSchema } from "../../lib/auth/credentials";
import { migrateDatabase, openDatabase } from "../client";
import { assignInstructor, getCourseBySlug } from "../queries/courses";
import { getUserByEmail } from "../queries/users";
import { parseArgs } from "./args";

const input = z.object({ course: z.string().min(1), email: emailSchema }).safeParse(parseArgs(process.argv.slice(2)));
if (!input.success) {
  console.error("usage: npm run course:assign-instructor -- --course COURSE_SLUG --email EMAIL");
  process.exit(2);
}

const handle = await openDatabase();
try {
  await migrateDatabase(handle);
  const course = await getCourseBySlug({ db: handle.db, slug: input.data.course });
  const user = await getUserByEmail({ db: handle.db, email: input.data.email });
  if (!course) throw new Error(`No course with slug ${input.data.course}`);
  if (!user || user.role === "student") throw new Error(`${input.data.email} is not an instructor or admin account`);
  await assignInstructor({ db: handle.db, courseId: course.id, userId: user.id });
  console.log(`${user.email} now teaches ${course.title}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await handle.close();
}

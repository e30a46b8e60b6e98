import { z } from "zod";
import { emailSchema } from "../../lib/auth/credentials";
import { assignInstructor, getCourseBySlug } from "../queries/courses";
import { getUserByEmail } from "../queries/users";
import { parseArgs } from "./args";
import { withDatabase } from "./with-database";

const input = z.object({ course: z.string().min(1), email: emailSchema }).safeParse(parseArgs(process.argv.slice(2)));
if (!input.success) {
  console.error("usage: npm run course:assign-instructor -- --course COURSE_SLUG --email EMAIL");
  process.exit(2);
}

await withDatabase(async (handle) => {
  const course = await getCourseBySlug({ db: handle.db, slug: input.data.course });
  const user = await getUserByEmail({ db: handle.db, email: input.data.email });
  if (!course) {
    console.error(`No course with slug ${input.data.course}.`);
    process.exitCode = 1;
  } else if (!user || user.role === "student") {
    console.error(`${input.data.email} is not an instructor or admin account.`);
    process.exitCode = 1;
  } else {
    await assignInstructor({ db: handle.db, courseId: course.id, userId: user.id });
    console.log(`${user.email} now teaches ${course.title}.`);
  }
});

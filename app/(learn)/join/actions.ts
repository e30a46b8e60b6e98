"use server";

import { redirect } from "next/navigation";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { enrollLearner, getCourseByJoinCode } from "@/db/queries/courses";
import { joinCodeSchema } from "@/lib/courses/join-code";
import { formAction } from "../../lib/action";

export const joinCourseAction = formAction(
  joinCodeSchema,
  async ({ code }) => {
    const user = await guards.requireUser();
    const db = await getDb();
    const course = await getCourseByJoinCode({ db, joinCode: code });
    if (!course) {
      return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { code: ["No course has this code. Check it with your instructor."] }, values: { code } };
    }
    await enrollLearner({ db, courseId: course.id, userId: user.id });
    redirect(`/courses/${course.slug}`);
  },
  { keep: ["code"] },
);

import type { Database } from "@/db/client";
import { accommodationRows } from "@/db/queries/attempts";
import type { Quiz } from "@/db/schema";
import { applicableAccommodation, effectiveRules, type EffectiveRules } from "@/lib/attempts/accommodations";

/** The quiz's rules as they apply to this learner, after their accommodation. */
export async function rulesFor(db: Database, quiz: Quiz, userId: string): Promise<EffectiveRules> {
  const accommodation = applicableAccommodation(await accommodationRows({ db, courseId: quiz.courseId, userId }), quiz.id);
  return effectiveRules({ quiz, accommodation });
}

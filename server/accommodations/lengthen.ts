import { listLearnerAccommodationRows, lockOpenCourseAttempts, setAttemptDeadline } from "@/db/queries/accommodations";
import type { Tx } from "@/db/queries/attempts";
import { insertAuditEntry } from "@/db/queries/grading";
import { applicableAccommodation, effectiveRules } from "@/lib/attempts/accommodations";
import { isPastDeadline } from "@/lib/attempts/deadline";
import { lengthenedDeadline } from "@/lib/attempts/extension";
import { deadlineGraceMs } from "@/server/attempts/finalize";

/**
 * Saving an accommodation helps the learner at once: each of their attempts under way in the
 * course moves to the deadline its (new) rules give from its start, when that is later. Never
 * earlier, so removing an accommodation or a smaller one leaves a running attempt as it is, and an
 * "Extend now" is not undone. An attempt already past its deadline is being handed in and stays so.
 */
export async function lengthenOpenAttempts({ tx, courseId, userId, actorId, now }: { tx: Tx; courseId: string; userId: string; actorId: string; now: Date }): Promise<number> {
  const open = await lockOpenCourseAttempts({ tx, courseId, userId });
  if (open.length === 0) return 0;
  const rows = (await listLearnerAccommodationRows({ db: tx, courseId, userId })).map((row) => row.accommodation);
  let lengthened = 0;
  for (const { attempt, quiz } of open) {
    if (isPastDeadline(attempt.deadlineAt, now, deadlineGraceMs)) continue;
    const rules = effectiveRules({ quiz, accommodation: applicableAccommodation(rows, quiz.id) });
    const next = lengthenedDeadline({ current: attempt.deadlineAt, startedAt: attempt.startedAt, rules });
    if (!next) continue;
    await setAttemptDeadline({ tx, attemptId: attempt.id, deadlineAt: next });
    await insertAuditEntry({
      tx,
      entry: {
        actorId,
        courseId,
        action: "attempt_deadline_extended",
        entityType: "attempt",
        entityId: attempt.id,
        before: { deadlineAt: attempt.deadlineAt?.toISOString() ?? null },
        after: { deadlineAt: next.toISOString() },
        reason: "accommodation saved",
      },
    });
    lengthened++;
  }
  return lengthened;
}

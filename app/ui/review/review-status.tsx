import Link from "next/link";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** How many questions are due, or, when none are, when the next one is. */
export function ReviewStatus({ cards, due, nextDue, nextReview, courseHref }: { cards: number; due: number; nextDue: Date | null; nextReview: string | null; courseHref: string }) {
  const back = (
    <Link href={courseHref} className="inline-block rounded border border-slate-400 px-4 py-2 text-slate-900 hover:bg-white">
      Back to the course
    </Link>
  );
  if (cards === 0) {
    return (
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
        <p className="font-semibold">You have nothing to review yet.</p>
        <p className="text-slate-700">Practise a lesson: each question you answer is scheduled for review here.</p>
        {back}
      </div>
    );
  }
  if (due === 0) {
    return (
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
        <p className="font-semibold">Nothing is due for review right now.</p>
        {nextDue && nextReview && (
          <p className="text-slate-700">
            Next review: <time dateTime={nextDue.toISOString()}>{nextReview}</time> ({plural(cards, "question", "questions")} scheduled in this course).
          </p>
        )}
        {back}
      </div>
    );
  }
  return <p className="font-medium text-slate-900">{plural(due, "question", "questions")} due for review.</p>;
}

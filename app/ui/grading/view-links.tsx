import Link from "next/link";
import type { QueueView } from "./urls";

/** Switches between groupings and between anonymous and named learners, keeping the rest of the view. */
export function ViewLinks({ view, href }: { view: QueueView; href: (view: QueueView) => string }) {
  const link = "text-blue-800 underline underline-offset-4";
  return (
    <nav aria-label="Queue view" className="flex flex-wrap gap-x-6 gap-y-2">
      <p>
        Group by:{" "}
        {view.groupBy === "question" ? (
          <span aria-current="page" className="font-semibold">question</span>
        ) : (
          <Link className={link} href={href({ ...view, groupBy: "question" })}>question</Link>
        )}{" "}
        ·{" "}
        {view.groupBy === "learner" ? (
          <span aria-current="page" className="font-semibold">learner</span>
        ) : (
          <Link className={link} href={href({ ...view, groupBy: "learner" })}>learner</Link>
        )}
      </p>
      <Link className={link} href={href({ ...view, names: !view.names })}>
        {view.names ? "Hide names" : "Show names"}
      </Link>
    </nav>
  );
}

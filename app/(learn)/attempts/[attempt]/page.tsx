import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { guards } from "@/auth";
import { getDb } from "@/db";
import { loadAttemptForLearner } from "@/server/attempts/take";
import { guardPage } from "../../../lib/page-guard";
import { idParam } from "../../../lib/route-params";
import { AttemptPlayer } from "../../../ui/attempts/attempt-player";
import { PreviewNotice } from "../../../ui/quizzes/preview-notice";

export const metadata: Metadata = { title: "Quiz attempt" };

/** Only the attempt's owner gets here; what is sent holds learner views and saved answers, never keys. */
export default async function AttemptPage({ params }: { params: Promise<{ attempt: string }> }) {
  const { attempt: rawId } = await params;
  const path = `/attempts/${rawId}`;
  const user = await guardPage(() => guards.requireUser(), path);
  const loaded = await guardPage(async () => loadAttemptForLearner({ db: await getDb(), user, attemptId: idParam(rawId, "That attempt") }), path);
  if (loaded.over) redirect(loaded.reviewUrl);
  const { props, instructions, preview } = loaded;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={props.quizUrl} className="text-blue-800 underline underline-offset-4">
          {preview ? "Back to editing the quiz" : "Back to the quiz page (your answers are saved)"}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">{props.quizTitle}</h1>
      {preview && <PreviewNotice />}
      {instructions && <p className="whitespace-pre-line text-slate-800">{instructions}</p>}
      <AttemptPlayer {...props} />
    </div>
  );
}

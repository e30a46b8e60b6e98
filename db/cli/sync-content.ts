import path from "node:path";
import { ContentError, loadContent } from "../../lib/content/load";
import { checkContent } from "../../lib/content/checks";
import { seedDemoQuizzes } from "../demo-quizzes";
import { demoCourse } from "../seed";
import { syncContent } from "../sync-content";
import { parseArgs } from "./args";
import { withDatabase } from "./with-database";

const args = parseArgs(process.argv.slice(2));
let documents;
try {
  documents = loadContent(path.resolve(args.content ?? "content"));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Content is not valid, nothing was loaded.\n${error.message}`);
  process.exit(1);
}
const problems = checkContent(documents);
if (problems.length) {
  console.error(`Content breaks ${problems.length} rule(s), nothing was loaded:\n${problems.join("\n")}`);
  process.exit(1);
}

await withDatabase(async (handle) => {
  const report = await syncContent({ db: handle.db, documents, courseSlug: args.course ?? demoCourse.slug });
  const { lessons, questions } = report;
  const changed = lessons.created + lessons.updated + questions.created + questions.newVersions + questions.retired + questions.restored;
  console.log(
    `Content synced: ${report.documents} documents; lessons ${lessons.created} created, ${lessons.updated} updated, ${lessons.unchanged} unchanged; ` +
      `questions ${questions.created} created, ${questions.newVersions} new versions, ${questions.unchanged} unchanged, ${questions.retired} retired, ${questions.restored} restored.`,
  );
  console.log(changed === 0 ? "No change." : `${changed} change(s).`);
  // The demo quizzes draw on the content, so they can only follow it.
  const slug = args.course ?? demoCourse.slug;
  if (slug === demoCourse.slug) {
    const quizzes = await seedDemoQuizzes({ db: handle.db, courseSlug: slug });
    if (quizzes.length > 0) console.log(`Demo quizzes created: ${quizzes.join("; ")}.`);
  }
});

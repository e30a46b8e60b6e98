import path from "node:path";
import { checkContent } from "../lib/content/checks";
import { ContentError, loadContent } from "../lib/content/load";

const contentDir = path.resolve(process.argv[2] ?? "content");
try {
  const documents = loadContent(contentDir);
  const problems = checkContent(documents);
  const lessons = documents.flatMap((document) => document.lessons);
  const questions = lessons.reduce((sum, lesson) => sum + lesson.questions.length, 0);
  for (const problem of problems) console.error(problem);
  console.log(`documents=${documents.length} lessons=${lessons.length} questions=${questions} problems=${problems.length}`);
  process.exit(problems.length ? 1 : 0);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

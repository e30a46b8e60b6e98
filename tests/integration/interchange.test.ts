import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listLessonChoices } from "@/db/queries/question-bank";
import { importDrafts, questionTags, questionVersions, questions, tags } from "@/db/schema";
import { NotFoundError, PublicError } from "@/lib/errors";
import { parseGift } from "@/lib/interchange/gift/parse";
import { parseMoodleXml } from "@/lib/interchange/moodle-xml/parse";
import { maxQuestionFileBytes } from "@/lib/interchange/read-file";
import { exportQuestions } from "@/server/interchange/export";
import { confirmQuestionImport, discardQuestionImport, loadImportPreview, previewQuestionImport } from "@/server/interchange/import";
import { openTeachingWorld, type TeachingWorld } from "./teaching-world";

let world: TeachingWorld;
const db = () => world.db;
let users: TeachingWorld["users"];
let courseId = "";
let otherCourseId = "";

beforeAll(async () => {
  world = await openTeachingWorld("interchange");
  ({ users, courseId, otherCourseId } = world);
});
afterAll(() => world?.close());

// Our own questions; the fourth block (from line 7) never closes its answers.
const gift = [
  "::Founding::In which year was the Washington Treaty signed? {=1949 ~1955 ~1991}",
  "",
  "::Invoked::Article 5 has been invoked exactly once. {T}",
  "",
  "::Members::How many members did the alliance have in mid-2024? {#32}",
  "",
  "::Broken::Which city hosts the military headquarters? {=Mons ~Brussels",
  "",
  "::Markup::[html]<p>Name the <b>strategic</b> concept year.<script>alert(1)</script></p> {=2022 =twenty twenty-two}",
].join("\n");

const bytes = (text: string) => new TextEncoder().encode(text);
const bankSize = async () => (await db().select({ n: count() }).from(questions).where(eq(questions.courseId, courseId)))[0]!.n;

describe(`question import and export (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("previews a GIFT file without writing to the bank, then adds the good questions in one go, once", async () => {
    const before = await bankSize();
    const draftId = await previewQuestionImport({ db: db(), courseId, user: users.instructor!, fileName: "alliance.gift", bytes: bytes(gift), format: "detect" });
    expect(await bankSize()).toBe(before);

    const { preview, formatLabel } = await loadImportPreview({ db: db(), courseId, user: users.instructor!, draftId });
    expect(formatLabel).toBe("GIFT");
    expect(preview.questions.map((entry) => [entry.name, entry.question.type])).toEqual([
      ["Founding", "single_choice"],
      ["Invoked", "true_false"],
      ["Members", "numerical"],
      ["Markup", "short_answer"],
    ]);
    expect(preview.problems).toEqual([expect.objectContaining({ line: 7 })]);
    expect(preview.questions[3]!.question.stem).toBe("Name the strategic concept year.");

    // Drafts are their uploader's: another instructor, of this course or another, does not find it.
    await expect(loadImportPreview({ db: db(), courseId: otherCourseId, user: users.outsider!, draftId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadImportPreview({ db: db(), courseId, user: users.admin!, draftId })).rejects.toBeInstanceOf(NotFoundError);

    const [lesson] = await listLessonChoices({ db: db(), courseId });
    await expect(confirmQuestionImport({ db: db(), courseId, user: users.instructor!, draftId, lessonId: "00000000-0000-4000-8000-000000000000", tagName: null })).rejects.toBeInstanceOf(NotFoundError);
    const result = await confirmQuestionImport({ db: db(), courseId, user: users.instructor!, draftId, lessonId: lesson!.id, tagName: "imported-alliance" });
    expect(result.count).toBe(4);
    expect(await bankSize()).toBe(before + 4);
    const stored = await db().select({ stem: questionVersions.stem, lessonId: questions.lessonId, origin: questions.origin }).from(questions).innerJoin(questionVersions, eq(questionVersions.questionId, questions.id)).where(eq(questions.id, result.questionIds[3]!));
    expect(stored[0]).toEqual({ stem: "Name the strategic concept year.", lessonId: lesson!.id, origin: "imported" });
    const [tag] = await db().select().from(tags).where(and(eq(tags.courseId, courseId), eq(tags.name, "imported-alliance")));
    expect((await db().select().from(questionTags).where(eq(questionTags.tagId, tag!.id))).length).toBe(4);
    expect(await db().select().from(importDrafts).where(eq(importDrafts.id, draftId))).toEqual([]);
    await expect(confirmQuestionImport({ db: db(), courseId, user: users.instructor!, draftId, lessonId: null, tagName: null })).rejects.toBeInstanceOf(NotFoundError);

    // Exported as GIFT and as Moodle XML, the questions read back the same.
    for (const [format, parse] of [["gift", parseGift], ["moodle_xml", parseMoodleXml]] as const) {
      const file = await exportQuestions({ db: db(), courseId, courseTitle: "NATO", format, filter: { tagId: tag!.id } });
      expect(file.count).toBe(4);
      const back = parse(file.body);
      expect(back.problems, format).toEqual([]);
      expect(back.questions.map((entry) => entry.question.stem).sort()).toEqual(preview.questions.map((entry) => entry.question.stem).sort());
      const founding = back.questions.find((entry) => entry.question.stem.startsWith("In which year"))!.question;
      expect(founding.type === "single_choice" && founding.options.map((option) => [option.text, option.fraction])).toEqual([["1949", 1], ["1955", 0], ["1991", 0]]);
      expect(back.questions.every((entry) => entry.tags.includes("imported-alliance"))).toBe(true);
    }
  });

  it("refuses empty and oversized files, writes nothing for a file that fails entirely, and discards drafts", async () => {
    const before = await bankSize();
    await expect(previewQuestionImport({ db: db(), courseId, user: users.instructor!, fileName: "empty.gift", bytes: new Uint8Array(), format: "detect" })).rejects.toThrow(/empty/);
    await expect(previewQuestionImport({ db: db(), courseId, user: users.instructor!, fileName: "big.gift", bytes: new Uint8Array(maxQuestionFileBytes + 1), format: "gift" })).rejects.toThrow(/limit is 2 MB/);

    const draftId = await previewQuestionImport({ db: db(), courseId, user: users.instructor!, fileName: "broken.xml", bytes: bytes("<quiz><question type='multichoice'><name>"), format: "detect" });
    const { preview } = await loadImportPreview({ db: db(), courseId, user: users.instructor!, draftId });
    expect(preview.format).toBe("moodle_xml");
    expect(preview.questions).toEqual([]);
    expect(preview.problems.length).toBeGreaterThan(0);
    await expect(confirmQuestionImport({ db: db(), courseId, user: users.instructor!, draftId, lessonId: null, tagName: null })).rejects.toBeInstanceOf(PublicError);
    await discardQuestionImport({ db: db(), courseId, user: users.instructor!, draftId });
    await expect(loadImportPreview({ db: db(), courseId, user: users.instructor!, draftId })).rejects.toBeInstanceOf(NotFoundError);
    expect(await bankSize()).toBe(before);
    await expect(exportQuestions({ db: db(), courseId, courseTitle: "NATO", format: "gift", filter: { search: "no question says this" } })).rejects.toThrow(/nothing to export/);
  });
});

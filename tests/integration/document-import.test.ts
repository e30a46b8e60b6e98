import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCourseUnits } from "@/db/queries/document-units";
import { listCourseOutline } from "@/db/queries/lessons";
import { lessons, sections } from "@/db/schema";
import { NotFoundError, PublicError } from "@/lib/errors";
import { adjustDocumentDraft, BoundaryError, createUnitFromDraft, loadDocumentDraft, previewDocumentImport, setUnitPublished } from "@/server/documents/import";
import { openTeachingWorld, type TeachingWorld } from "./teaching-world";

let world: TeachingWorld;
const db = () => world.db;
let users: TeachingWorld["users"];
let courseId = "";

beforeAll(async () => {
  world = await openTeachingWorld("documents");
  ({ users, courseId } = world);
});
afterAll(() => world?.close());

const fixture = (name: string) => readFileSync(path.resolve("tests/fixtures/documents", name), "utf8");

describe(`documents become lessons (${process.env.DATABASE_URL ? "postgres server" : "pglite"})`, () => {
  it("previews a messy text as sections, keeps the instructor's boundaries, and creates a draft unit that learners see once published", async () => {
    const expected = JSON.parse(fixture("messy-text.expected.json")) as { title: string; sections: { title: string }[] };
    const draftId = await previewDocumentImport({ db: db(), courseId, user: users.instructor!, fileName: "messy-text.txt", text: fixture("messy-text.txt"), format: "detect" });
    const { draft, format } = await loadDocumentDraft({ db: db(), courseId, user: users.instructor!, draftId });
    expect(format).toBe("text");
    expect(draft.title).toBe(expected.title);
    expect(draft.sections.map((section) => section.title)).toEqual(expected.sections.map((section) => section.title));
    await expect(loadDocumentDraft({ db: db(), courseId, user: users.admin!, draftId })).rejects.toBeInstanceOf(NotFoundError);

    // Merge the last two sections and rename the first.
    const starts: Record<string, string> = { title: "Cyber defence (imported)" };
    let at = 0;
    draft.sections.forEach((section, index) => {
      if (index < draft.sections.length - 1) {
        starts[`start-${at}`] = "on";
        starts[`title-${at}`] = index === 0 ? "Why cyber defence matters" : section.title;
      }
      at += section.paragraphs.length;
    });
    await expect(adjustDocumentDraft({ db: db(), courseId, user: users.instructor!, draftId, fields: { ...starts, title: "" } })).rejects.toBeInstanceOf(BoundaryError);
    const adjusted = await adjustDocumentDraft({ db: db(), courseId, user: users.instructor!, draftId, fields: starts });
    expect(adjusted.sections.map((section) => section.title)).toEqual(["Why cyber defence matters", ...expected.sections.slice(1, -1).map((section) => section.title)]);
    expect(adjusted.sections.at(-1)!.paragraphs).toEqual([...draft.sections.at(-2)!.paragraphs, ...draft.sections.at(-1)!.paragraphs]);

    const unit = await createUnitFromDraft({ db: db(), courseId, user: users.instructor!, draftId, fields: starts });
    await expect(createUnitFromDraft({ db: db(), courseId, user: users.instructor!, draftId, fields: starts })).rejects.toBeInstanceOf(NotFoundError);
    const units = await listCourseUnits({ db: db(), courseId });
    expect(units.find((entry) => entry.id === unit.id)).toMatchObject({ title: "Cyber defence (imported)", status: "draft", lessons: adjusted.sections.length, sourceFile: "messy-text.txt" });
    const outline = async () => (await listCourseOutline({ db: db(), courseId })).find((entry) => entry.id === unit.id);
    expect(await outline()).toBeUndefined();

    const stored = await db().select().from(lessons).where(eq(lessons.unitId, unit.id));
    expect(stored).toHaveLength(adjusted.sections.length);
    const [first] = await db().select().from(sections).where(eq(sections.id, stored.find((lesson) => lesson.position === 1)!.sectionId!));
    expect(first).toMatchObject({ title: "Why cyber defence matters", paragraphFrom: 1, text: adjusted.sections[0]!.paragraphs.join("\n\n") });

    await expect(setUnitPublished({ db: db(), courseId: "00000000-0000-4000-8000-000000000000", user: users.instructor!, unitId: unit.id, published: true })).rejects.toBeInstanceOf(NotFoundError);
    await setUnitPublished({ db: db(), courseId, user: users.instructor!, unitId: unit.id, published: true });
    expect((await outline())?.lessons.map((lesson) => lesson.title)).toEqual(adjusted.sections.map((section) => section.title));
  });

  it("refuses a document with no readable text or over the size limit", async () => {
    await expect(previewDocumentImport({ db: db(), courseId, user: users.instructor!, fileName: "empty.html", text: "<script>alert(1)</script>", format: "detect" })).rejects.toBeInstanceOf(PublicError);
    await expect(previewDocumentImport({ db: db(), courseId, user: users.instructor!, fileName: "huge.txt", text: "word ".repeat(300_000), format: "text" })).rejects.toThrow(/limit|large/i);
  });
});

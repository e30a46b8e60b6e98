import { describe, expect, it } from "vitest";
import { groupNotesByCourse } from "./group";

const row = (course: string, lesson: string, id: string) => ({ id, courseId: course, courseSlug: course, courseTitle: course.toUpperCase(), lessonId: lesson, lessonSlug: lesson, lessonTitle: lesson.toUpperCase() });

describe("groupNotesByCourse", () => {
  it("groups by course then lesson, keeping the order of the rows", () => {
    const groups = groupNotesByCourse([row("b", "b1", "1"), row("b", "b1", "2"), row("b", "b2", "3"), row("a", "a1", "4")]);
    expect(groups.map((course) => [course.title, course.lessons.map((lesson) => [lesson.slug, lesson.notes.map((note) => note.id)])])).toEqual([
      ["B", [["b1", ["1", "2"]], ["b2", ["3"]]]],
      ["A", [["a1", ["4"]]]],
    ]);
    expect(groupNotesByCourse([])).toEqual([]);
  });
});

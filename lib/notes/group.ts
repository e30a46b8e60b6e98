/** Notes listed for a learner, in reading order, under their course and then their lesson. */
export interface NoteRow {
  courseId: string;
  courseSlug: string;
  courseTitle: string;
  lessonId: string;
  lessonSlug: string;
  lessonTitle: string;
}

export interface LessonGroup<T> {
  id: string;
  slug: string;
  title: string;
  notes: T[];
}

export interface CourseGroup<T> {
  id: string;
  slug: string;
  title: string;
  lessons: LessonGroup<T>[];
}

/** Keeps the order of the rows; rows of one lesson are expected to be adjacent. */
export function groupNotesByCourse<T extends NoteRow>(rows: readonly T[]): CourseGroup<T>[] {
  const courses: CourseGroup<T>[] = [];
  for (const row of rows) {
    let course = courses.find((candidate) => candidate.id === row.courseId);
    if (!course) {
      course = { id: row.courseId, slug: row.courseSlug, title: row.courseTitle, lessons: [] };
      courses.push(course);
    }
    let lesson = course.lessons.find((candidate) => candidate.id === row.lessonId);
    if (!lesson) {
      lesson = { id: row.lessonId, slug: row.lessonSlug, title: row.lessonTitle, notes: [] };
      course.lessons.push(lesson);
    }
    lesson.notes.push(row);
  }
  return courses;
}

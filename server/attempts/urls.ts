export const attemptUrl = (attemptId: string) => `/attempts/${attemptId}`;
export const reviewUrl = (attemptId: string) => `/attempts/${attemptId}/review`;
export const quizUrl = (courseSlug: string, quizId: string) => `/courses/${courseSlug}/quizzes/${quizId}`;
/** Where an instructor's preview leads back to: the quiz's edit page, not the learner's quiz page. */
export const previewReturnUrl = (courseSlug: string, quizId: string) => `/teach/courses/${courseSlug}/quizzes/${quizId}/edit`;

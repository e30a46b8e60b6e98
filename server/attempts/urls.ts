export const attemptUrl = (attemptId: string) => `/attempts/${attemptId}`;
export const reviewUrl = (attemptId: string) => `/attempts/${attemptId}/review`;
export const quizUrl = (courseSlug: string, quizId: string) => `/courses/${courseSlug}/quizzes/${quizId}`;

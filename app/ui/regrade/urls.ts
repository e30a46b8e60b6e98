/** Where the regrade pages live; query values are for the status message after an action. */
export function regradeUrl(courseSlug: string, quizId: string) {
  return `/teach/courses/${courseSlug}/quizzes/${quizId}/regrade`;
}

export function regradeQuestionUrl(courseSlug: string, quizId: string, questionId: string, query: Record<string, string> = {}) {
  const search = new URLSearchParams(query).toString();
  return `${regradeUrl(courseSlug, quizId)}/${questionId}${search ? `?${search}` : ""}`;
}

export function keyUrl(courseSlug: string, quizId: string, questionId: string) {
  return `${regradeUrl(courseSlug, quizId)}/${questionId}/key`;
}

/** Where the question bank's pages are, for links and redirects. */
export const bankUrl = (courseSlug: string, query?: URLSearchParams | string) => {
  const search = query?.toString();
  return `/teach/courses/${courseSlug}/questions${search ? `?${search}` : ""}`;
};
export const newQuestionUrl = (courseSlug: string) => `${bankUrl(courseSlug)}/new`;
export const editQuestionUrl = (courseSlug: string, questionId: string, query?: string) => `${bankUrl(courseSlug)}/${questionId}/edit${query ? `?${query}` : ""}`;
export const questionHistoryUrl = (courseSlug: string, questionId: string) => `${bankUrl(courseSlug)}/${questionId}/history`;
export const questionStatusUrl = (courseSlug: string, questionId: string) => `${bankUrl(courseSlug)}/${questionId}/status`;

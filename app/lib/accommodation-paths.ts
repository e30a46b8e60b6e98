/** Where the accommodation pages live, for links, redirects and revalidation. */
export const quizAccommodationsPath = (courseSlug: string, quizId: string) => `/teach/courses/${courseSlug}/quizzes/${quizId}/accommodations`;
export const learnerAccommodationsPath = (courseSlug: string, userId: string) => `/teach/courses/${courseSlug}/roster/${userId}/accommodations`;
export const runningAttemptsPath = (courseSlug: string, quizId: string) => `/teach/courses/${courseSlug}/quizzes/${quizId}/running`;

/** What a save says, including what it did to an attempt already under way. */
export function savedMessage(lengthened: number): string {
  if (lengthened === 0) return "Accommodation saved.";
  return `Accommodation saved. The learner's ${lengthened === 1 ? "attempt" : `${lengthened} attempts`} under way now ${lengthened === 1 ? "ends" : "end"} later too.`;
}

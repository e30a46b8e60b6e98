import type { Grouping } from "@/lib/grading/queue";

/** The grading pages' addresses, with the queue's view (grouping, names) carried along. */

export interface QueueView {
  groupBy: Grouping;
  names: boolean;
}

export function gradingPath(courseSlug: string, quizId: string) {
  return `/teach/courses/${courseSlug}/quizzes/${quizId}/grading`;
}

function query(view: QueueView, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({ ...(view.groupBy === "learner" ? { by: "learner" } : {}), ...(view.names ? { names: "1" } : {}), ...extra });
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function queueUrl(courseSlug: string, quizId: string, view: QueueView, extra?: Record<string, string>) {
  return `${gradingPath(courseSlug, quizId)}${query(view, extra)}`;
}

export function responseUrl(courseSlug: string, quizId: string, responseId: string, view: QueueView, extra?: Record<string, string>) {
  return `${gradingPath(courseSlug, quizId)}/responses/${responseId}${query(view, extra)}`;
}

export function attemptsUrl(courseSlug: string, quizId: string, view: Pick<QueueView, "names">) {
  return `${gradingPath(courseSlug, quizId)}/attempts${view.names ? "?names=1" : ""}`;
}

export function attemptUrl(courseSlug: string, quizId: string, attemptId: string, view: Pick<QueueView, "names">, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({ ...(view.names ? { names: "1" } : {}), ...extra }).toString();
  return `${gradingPath(courseSlug, quizId)}/attempts/${attemptId}${params ? `?${params}` : ""}`;
}

export function viewFrom(searchParams: { by?: string | string[]; names?: string | string[] }): QueueView {
  return { groupBy: searchParams.by === "learner" ? "learner" : "question", names: searchParams.names === "1" };
}

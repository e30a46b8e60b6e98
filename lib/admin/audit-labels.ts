/**
 * Audit entries store the code their writer chose (some dotted, some snake_case, from different
 * eras of the code); admins read them in words. An unknown code is shown as it is, so a writer
 * added later is still readable before it gets a label here.
 */
const labels: Record<string, string> = {
  "user.create": "Account created",
  "user.reset_link_issued": "Password reset link issued",
  "user.deactivate": "Account deactivated",
  "user.reactivate": "Account reactivated",
  "user.password_reset": "Password reset with a link",
  "account.name_change": "Name changed by its owner",
  "account.password_change": "Password changed by its owner",
  "course.create": "Course created",
  "course.instructor_assign": "Instructor assigned",
  "course.instructor_remove": "Instructor removed",
  learner_invited: "Learner invited",
  learner_enrolled: "Learner enrolled",
  learner_removed: "Learner removed from the course",
  invitation_accepted: "Invitation accepted",
  join_code_regenerated: "Join code replaced",
  accommodation_saved: "Accommodation saved",
  accommodation_removed: "Accommodation removed",
  attempt_deadline_extended: "Attempt deadline extended",
  quiz_duplicated: "Quiz duplicated",
  quiz_published: "Quiz published",
  quiz_unpublished: "Quiz unpublished",
  quiz_grades_recomputed: "Quiz grades recomputed",
  grade: "Answer graded",
  override: "Automatic mark overridden",
  review_requested: "Answer sent for grading",
  correct_key: "Answer key corrected",
  regrade: "Answer regraded",
  regrade_question: "Question regraded",
  drop_question: "Question dropped",
  restore_question: "Question restored",
  retire_question: "Question retired",
  create_question: "Question created",
  edit_question: "Question edited",
  import_questions: "Questions imported",
  create_unit: "Unit created from a document",
  publish_unit: "Unit published",
  unpublish_unit: "Unit unpublished",
};

export function auditActionLabel(action: string): string {
  return Object.hasOwn(labels, action) ? labels[action]! : action;
}

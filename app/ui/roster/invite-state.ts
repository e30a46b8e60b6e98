import type { ActionState } from "@/app/lib/action-state";
import type { ListProblem } from "@/lib/roster/email-list";
import type { PlannedInvite } from "@/lib/roster/invite-plan";
import type { InviteResult } from "@/server/roster/invite";

/** The invite forms' states: an ActionState that may also carry the preview or the results. */
export type InvitePreviewState = ActionState & { preview?: { plan: PlannedInvite[]; problems: ListProblem[]; fileName: string | null } };
export type InviteResultState = ActionState & { results?: InviteResult[] };

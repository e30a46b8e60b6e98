import type { LearnerView } from "@/lib/questions";

/** What the attempt page hands the player: learner views only (no keys), and what is saved so far. */
export interface AttemptPlayerProps {
  attemptId: string;
  quizTitle: string;
  /** ISO; null when the attempt has no deadline. */
  deadlineAt: string | null;
  /** ISO time on the server when the page was rendered: the countdown runs on server time. */
  serverNow: string;
  questions: AttemptPlayerQuestion[];
  /** Where to go once the attempt is submitted (the server also answers it in SubmitResponse). */
  reviewUrl: string;
  quizUrl: string;
}

export interface AttemptPlayerQuestion {
  attemptQuestionId: string;
  /** 1-based, in this attempt's order. */
  number: number;
  maxMark: number;
  view: LearnerView;
  saved: { answer: Record<string, unknown> | null; seq: number; flagged: boolean };
}

/** The question types the benchmark's quiz uses: graded automatically, answerable without the key. */
export type AnswerableType = "single_choice" | "true_false" | "short_answer" | "multiple_response";

/**
 * A real answer of the question's type (see each type's `responseSchema` in lib/questions), varied
 * by student and save number so that a resave usually changes the stored value and a save that
 * went missing or arrived out of order shows in the check afterwards.
 */
export function answerFor(question: { type: AnswerableType; optionKeys: string[] }, student: number, seq: number): Record<string, unknown> {
  const pick = mix(student, seq, question.optionKeys.length);
  switch (question.type) {
    case "single_choice":
      return { choice: question.optionKeys[pick % question.optionKeys.length] };
    case "true_false":
      return { value: (pick & 1) === 1 };
    case "short_answer":
      return { text: `answer ${seq} from student ${student}` };
    case "multiple_response": {
      // A non-empty subset: the bits of pick, with the first option when no bit is set.
      const choices = question.optionKeys.filter((_, index) => (pick >> index) & 1);
      return { choices: choices.length > 0 ? choices : question.optionKeys.slice(0, 1) };
    }
  }
}

function mix(student: number, seq: number, salt: number): number {
  let x = (student * 0x9e3779b1 + seq * 0x85ebca6b + salt) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

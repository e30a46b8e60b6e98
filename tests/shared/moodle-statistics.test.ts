import { describe, expect, it } from "vitest";
import { analyseQuiz, type AttemptInput, type ItemAnalysis, type ItemStatistics, type SlotInput } from "@/lib/statistics";
import { parseNumber, readCsv, readWalkthroughQuizExpectations, type CsvRow } from "./moodle-csv";
import { classifiers, sameLabel, submittedTries } from "./moodle-walkthrough";

/**
 * Moodle's own quiz statistics test data (../shared/fixtures/moodle, GPL, read in place): the
 * attempts go in, and every expected value the fixtures give must come out, to 1e-6 relative.
 * Marks per slot come from Moodle's expected grading (results00.csv); responses are classified and
 * numbered by try from the steps (see moodle-walkthrough.ts).
 */

const relative = 1e-6;
function expectClose(actual: number | null | undefined, expected: number, what: string) {
  expect(actual, what).not.toBeNull();
  expect(actual, what).toBeTypeOf("number");
  const tolerance = expected === 0 ? 1e-12 : relative * Math.abs(expected);
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

const behaviours = new Map(readCsv("statistics", "quizzes.csv").map((row) => [row.testnumber!, row.preferredbehaviour!]));

/** The attempts of walk-through `set`, as the database layer would hand them over. */
function loadWalkthrough(set: string): { slots: SlotInput[]; attempts: AttemptInput[] } {
  const behaviour = behaviours.get(set) as "deferredfeedback" | "interactive";
  const questionRows = readCsv("statistics", `questions${set}.csv`).filter((row) => row.slot !== "");
  const slots = questionRows.map((row) => ({ slot: Number(row.slot), maxMark: parseNumber(row.mark!), random: row.type === "random" }));
  const maxTries = questionRows.map((row) => 1 + Object.keys(row).filter((name) => /^overrides\.hint\.\d+\.text$/.test(name) && row[name]).length);
  const results = set === "00" ? readCsv("statistics", "results00.csv") : [];

  const steps = new Map<string, CsvRow[]>();
  for (const row of readCsv("statistics", `steps${set}.csv`)) steps.set(row.quizattempt!, [...(steps.get(row.quizattempt!) ?? []), row]);
  const attemptsByUser = new Map<string, number>();
  return {
    slots,
    attempts: [...steps].map(([quizAttempt, rows]) => {
      const first = rows[0]!;
      const userId = `${first.firstname} ${first.lastname}`;
      attemptsByUser.set(userId, (attemptsByUser.get(userId) ?? 0) + 1);
      const result = results.find((row) => row.quizattempt === quizAttempt);
      const types = questionRows.map((row) => (row.type === "random" ? first[`randqs.${row.slot}`]! : row.type!));
      const variants = slots.map(({ slot }) => (first[`variants.${slot}`] ? Number(first[`variants.${slot}`]) : null));
      const marks = slots.map(({ slot }) => (result ? parseNumber(result[`slots.${slot}.mark`]!) : 0));
      return {
        userId,
        attemptNumber: attemptsByUser.get(userId)!,
        // Only walk-through 00 gives expected marks; the others are checked on response counts alone.
        // The total is the sum of the marks: results00's summarks is rounded to 5 decimals (4.33333
        // for 4.3333333), and Moodle's expected skewness and kurtosis were computed unrounded.
        sumMarks: marks.reduce((sum, mark) => sum + mark, 0),
        marks,
        questionIds: slots.map((slot, j) => (slot.random ? types[j] : null)),
        variants,
        responses: slots.map(({ slot }, j) => {
          const classify = classifiers[types[j]!];
          return classify ? submittedTries(rows, slot, classify, variants[j] ?? 1, behaviour, maxTries[j]!) : null;
        }),
      };
    }),
  };
}

const fields: [string, keyof ItemStatistics | "effectiveWeight"][] = [
  ["s", "s"],
  ["facility", "facility"],
  ["sd", "sd"],
  ["effectiveweight", "effectiveWeight"],
  ["covariance", "covariance"],
  ["markvariance", "markVariance"],
  ["othermarkvariance", "otherMarkVariance"],
  ["discriminationindex", "discriminationIndex"],
  ["covariancemax", "covarianceMax"],
  ["discriminativeefficiency", "discriminativeEfficiency"],
  ["maxmark", "maxMark"],
];

describe("Moodle walk-through 00 (25 attempts, 7 slots)", () => {
  const analysis = analyseQuiz({ ...loadWalkthrough("00"), whichAttempts: "all" });
  const { values, variantCounts } = readWalkthroughQuizExpectations();

  const quizFields: [string, (result: ItemAnalysis) => number | null][] = [
    ["count", (result) => result.quiz.s],
    ["mean", (result) => result.quiz.mean],
    ["median", (result) => result.quiz.median],
    ["SD", (result) => result.quiz.standardDeviation],
    ["skewness", (result) => result.quiz.skewness],
    ["kurtosis", (result) => result.quiz.kurtosis],
    ["CIC", (result) => result.quiz.coefficientOfInternalConsistency],
    ["ER", (result) => result.quiz.errorRatio],
    ["SE", (result) => result.quiz.standardError],
  ];
  it.each(quizFields)("quiz %s", (name, read) => {
    expect(values[name], `STATISTICS.md gives ${name}`).toBeDefined();
    expectClose(read(analysis), values[name]!, name);
  });

  it.each(Object.entries(variantCounts))("slot 2 variant %s was seen %d times", (variant, count) => {
    expect(analysis.slots[1]!.variants.find((stats) => stats.variant === Number(variant))?.s).toBe(count);
  });

  const expected = readCsv("statistics", "qstats00.csv");
  const cases = expected.flatMap((row) => {
    const label = `slot ${row.slot}${row.subqname ? ` drawn ${row.subqname}` : ""}${row.variant ? ` variant ${row.variant}` : ""}`;
    return fields.filter(([column]) => row[column] !== "").map(([column, key]) => [`${label} ${column}`, row, column, key] as const);
  });
  it.each(cases)("%s", (what, row, column, key) => {
    const slot = analysis.slots.find((stats) => stats.slot === Number(row.slot))!;
    const stats: ItemStatistics & { effectiveWeight?: number | null } | undefined = row.subqname
      ? analysis.drawnQuestions.find((drawn) => drawn.questionId === row.subqname)
      : row.variant
        ? slot.variants.find((variant) => variant.variant === Number(row.variant))
        : slot;
    expect(stats, what).toBeDefined();
    const value = stats![key];
    // Moodle computes effective weights for slots only: a drawn question or a variant has none.
    if (row[column] === "**NULL**") expect(value ?? null, what).toBeNull();
    else expectClose(typeof value === "number" ? value : null, parseNumber(row[column]!), what);
  });
});

/** Compares every expected response count (total and per try) with the analysis. */
function responseCountCases(analysis: ItemAnalysis, expected: CsvRow[]) {
  return expected.flatMap((row) => {
    const variant = row.variant ? Number(row.variant) : 1;
    const group = analysis.responses.find(
      (candidate) =>
        candidate.slot === Number(row.slot) && candidate.questionId === (row.randq || null) && (candidate.variant ?? 1) === variant,
    );
    const model = sameLabel(row.modelresponse!);
    const matching = (group?.rows ?? []).filter(
      (candidate) =>
        candidate.subpart === (row.subpart || "1") &&
        candidate.responseClass === model &&
        // A blank actual response in the fixtures stands for every response of that class.
        (row.actualresponse === "" || candidate.response === row.actualresponse),
    );
    const label = `slot ${row.slot}${row.randq ? ` ${row.randq}` : ""} variant ${variant} part ${row.subpart || 1}: ${model} / "${row.actualresponse}"`;
    return Object.keys(row)
      .filter((column) => /^(count\d|totalcount)$/.test(column))
      .map((column) => {
        const tryIndex = column === "totalcount" ? -1 : Number(column.slice(5)) - 1;
        const actual = matching.reduce((sum, candidate) => sum + (tryIndex < 0 ? candidate.count : (candidate.tries[tryIndex] ?? 0)), 0);
        return [`${label} ${column}`, actual, parseNumber(row[column]!)] as const;
      });
  });
}

/** Every response the analysis counted for a question the fixtures list must be one they expect. */
function unexpectedRows(analysis: ItemAnalysis, expected: CsvRow[]): string[] {
  return analysis.responses.flatMap((group) => {
    const listed = expected.filter(
      (row) => Number(row.slot) === group.slot && (row.randq || null) === group.questionId && (row.variant ? Number(row.variant) : 1) === (group.variant ?? 1),
    );
    if (listed.length === 0) return [];
    return group.rows
      .filter((row) => row.count > 0)
      .filter(
        (row) =>
          !listed.some(
            (candidate) =>
              (candidate.subpart || "1") === row.subpart &&
              sameLabel(candidate.modelresponse!) === row.responseClass &&
              (candidate.actualresponse === "" || candidate.actualresponse === row.response),
          ),
      )
      .map((row) => `slot ${group.slot} ${group.questionId ?? ""} variant ${group.variant ?? 1}: ${row.responseClass} / ${row.response} × ${row.count}`);
  });
}

describe.each(["00", "01", "02", "03"])("Moodle walk-through %s response counts", (set) => {
  const analysis = analyseQuiz({ ...loadWalkthrough(set), whichAttempts: "all" });
  const expected = readCsv("statistics", `responsecounts${set}.csv`);

  it.each(responseCountCases(analysis, expected))("%s", (_, actual, count) => {
    expect(actual).toBe(count);
  });

  it("counts no response the fixtures do not list", () => {
    expect(unexpectedRows(analysis, expected)).toEqual([]);
  });
});

describe("Moodle statistics_test data (20 slots, 22 attempts)", () => {
  const questions = readCsv("statistics", "mdl_question.csv");
  const slots = questions.map((row) => ({ slot: Number(row.slot), maxMark: parseNumber(row.maxmark!), randomGuessScore: 0 }));
  const states = readCsv("statistics", "mdl_question_states.csv");
  const attempts: { sumgrades: number; marks: Map<number, number> }[] = [];
  // As in Moodle's test, each attempt's rows start at slot 1.
  for (const row of states) {
    if (row.slot === "1") attempts.push({ sumgrades: parseNumber(row.sumgrades!), marks: new Map() });
    attempts.at(-1)!.marks.set(Number(row.slot), parseNumber(row.mark!));
  }
  const analysis = analyseQuiz({
    slots,
    attempts: attempts.map((attempt, index) => ({
      userId: `user ${index}`,
      attemptNumber: 1,
      sumMarks: attempt.sumgrades,
      marks: slots.map(({ slot }) => attempt.marks.get(slot) ?? Number.NaN),
    })),
  });

  // The test uses the sumgrades column as each attempt's total; we sum the marks, as Moodle does.
  it("has totals equal to the sum of the marks, so both readings agree", () => {
    expect(attempts).toHaveLength(22);
    for (const attempt of attempts) {
      const sum = [...attempt.marks.values()].reduce((total, mark) => total + mark, 0);
      expect(Math.abs(sum - attempt.sumgrades)).toBeLessThan(1e-9);
    }
  });

  // The expected arrays (from Moodle's stats.xls) are not among the fixtures; only what STATISTICS.md says of them is checked.
  it("gives zero-mark slots no facility and an SD of 0, and unvarying slots no discrimination", () => {
    for (const stats of analysis.slots) expect(stats.s).toBe(22);
    for (const stats of analysis.slots.slice(4, 7)) {
      expect(stats.maxMark).toBe(0);
      expect(stats.facility).toBeNull();
    }
    for (const stats of analysis.slots.slice(0, 7)) {
      expect(stats.sd).toBe(0);
      expect(stats.discriminationIndex).toBeNull();
      expect(stats.discriminativeEfficiency).toBeNull();
      expect(stats.effectiveWeight).toBe(0);
    }
  });
});

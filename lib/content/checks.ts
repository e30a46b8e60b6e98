import type { LoadedDocument, LoadedLesson } from "./load";
import { countWords } from "./paragraphs";
import type { ContentQuestion } from "./schema";

/** Editorial rules for the course content. Each problem names the file and what is wrong. */
export const bankRules = {
  minQuestions: 10,
  minQuestionsShortSection: 6,
  shortSectionWords: 150,
  minTypes: 5,
  minShareAboveUnderstand: 1 / 3,
} as const;

const aboveUnderstand = new Set(["apply", "analyse", "evaluate"]);
const bannedOptionText = /\b(all|none) of the above\b/i;

export function checkContent(documents: LoadedDocument[]): string[] {
  const problems: string[] = [];
  const questionIds = new Map<string, string>();
  const stems = new Map<string, string>();
  const lessonIds = new Set<string>();

  for (const document of documents) {
    problems.push(...checkSectionMap(document));
    for (const section of document.sections) {
      const lessons = document.lessons.filter((lesson) => lesson.section === section.id);
      if (lessons.length !== 1) {
        problems.push(`${document.file}: section "${section.id}" has ${lessons.length} lessons, expected 1`);
      }
    }
    for (const lesson of document.lessons) {
      const section = document.sections.find((candidate) => candidate.id === lesson.section);
      if (!section) {
        problems.push(`${lesson.file}: section "${lesson.section}" is not in ${document.file}`);
        continue;
      }
      if (lessonIds.has(lesson.id)) problems.push(`${lesson.file}: duplicate lesson id "${lesson.id}"`);
      lessonIds.add(lesson.id);
      problems.push(...checkLesson(lesson, section.words));
      problems.push(...checkBank(lesson, section.words, section.paragraphs));
      for (const question of lesson.questions) {
        const where = `${lesson.questionsFile}: ${question.id}`;
        const seenId = questionIds.get(question.id);
        if (seenId) problems.push(`${where}: duplicate question id (also in ${seenId})`);
        questionIds.set(question.id, lesson.questionsFile);
        const stemKey = normalise(question.stem);
        const seenStem = stems.get(stemKey);
        if (seenStem) problems.push(`${where}: duplicate stem (also ${seenStem})`);
        stems.set(stemKey, question.id);
      }
    }
  }
  return problems;
}

function checkSectionMap(document: LoadedDocument): string[] {
  const problems: string[] = [];
  let expectedStart = 1;
  for (const section of document.sections) {
    const [from, to] = section.paragraphs;
    if (from !== expectedStart) {
      problems.push(
        `${document.file}: section "${section.id}" starts at paragraph ${from}, expected ${expectedStart} (sections must cover the source in order)`,
      );
    }
    expectedStart = to + 1;
  }
  if (expectedStart - 1 !== document.paragraphCount) {
    problems.push(
      `${document.file}: sections end at paragraph ${expectedStart - 1}, the source has ${document.paragraphCount}`,
    );
  }
  return problems;
}

function checkLesson(lesson: LoadedLesson, sectionWords: number): string[] {
  const problems: string[] = [];
  const bodyWords = countWords(lesson.body);
  if (bodyWords < sectionWords) {
    problems.push(`${lesson.file}: body has ${bodyWords} words, shorter than its section (${sectionWords})`);
  }
  const terms = lesson.keyTerms.map((term) => normalise(term.term));
  if (new Set(terms).size !== terms.length) problems.push(`${lesson.file}: keyTerms: duplicate term`);
  return problems;
}

function checkBank(lesson: LoadedLesson, sectionWords: number, [from, to]: readonly [number, number]): string[] {
  const problems: string[] = [];
  const file = lesson.questionsFile;
  const questions = lesson.questions;
  const minimum =
    sectionWords < bankRules.shortSectionWords ? bankRules.minQuestionsShortSection : bankRules.minQuestions;
  if (questions.length < minimum) {
    problems.push(`${file}: ${questions.length} questions, needs at least ${minimum}`);
  }
  const types = new Set(questions.map((question) => question.type));
  if (types.size < bankRules.minTypes) {
    problems.push(`${file}: ${types.size} question types, needs at least ${bankRules.minTypes}`);
  }
  const higher = questions.filter((question) => aboveUnderstand.has(question.level)).length;
  if (higher < questions.length * bankRules.minShareAboveUnderstand) {
    problems.push(`${file}: ${higher} of ${questions.length} questions above "understand", needs a third`);
  }
  for (const question of questions) {
    for (const paragraph of question.paragraphs) {
      if (paragraph < from || paragraph > to) {
        problems.push(`${file}: ${question.id}: cites paragraph ${paragraph}, outside its section (${from}–${to})`);
      }
    }
    problems.push(...checkQuestion(question).map((problem) => `${file}: ${question.id}: ${problem}`));
  }
  return problems;
}

export function checkQuestion(question: ContentQuestion): string[] {
  switch (question.type) {
    case "single_choice":
    case "multiple_response": {
      const problems = uniqueness(question.options.map((option) => option.text), "option text");
      problems.push(...uniqueness(question.options.map((option) => option.id), "option id"));
      const correct = question.options.filter((option) => option.correct).length;
      if (question.type === "single_choice" && correct !== 1) problems.push(`${correct} keyed options, expected exactly 1`);
      if (question.type === "multiple_response" && correct < 2) problems.push(`${correct} keyed options, expected at least 2`);
      if (correct === question.options.length) problems.push("every option is keyed; add a distractor");
      if (question.options.some((option) => bannedOptionText.test(option.text))) {
        problems.push('"all/none of the above" is not allowed');
      }
      return problems;
    }
    case "short_answer":
      return uniqueness(question.accepted, "accepted answer");
    case "numerical":
      return Number.isFinite(question.answer) ? [] : ["answer is not a finite number"];
    case "matching":
      return [
        ...uniqueness(question.pairs.map((pair) => pair.prompt), "matching prompt"),
        ...uniqueness([...question.pairs.map((pair) => pair.answer), ...question.distractors], "matching answer"),
      ];
    case "ordering":
      return uniqueness(question.items, "ordering item");
    case "essay": {
      const problems = uniqueness(question.rubric.criteria.map((criterion) => criterion.id), "rubric criterion id");
      for (const criterion of question.rubric.criteria) {
        problems.push(...uniqueness(criterion.levels.map((level) => String(level.points)), `points in ${criterion.id}`));
      }
      return problems;
    }
    case "true_false":
      return [];
  }
}

function uniqueness(values: string[], what: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const value of values) {
    const key = normalise(value);
    if (seen.has(key)) problems.push(`duplicate ${what} "${value}"`);
    seen.add(key);
  }
  return problems;
}

export function normalise(value: string): string {
  return value.toLowerCase().replace(/\s+/g, " ").trim();
}

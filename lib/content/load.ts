import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import {
  documentSchema,
  lessonFrontmatterSchema,
  questionBankSchema,
  type ContentQuestion,
  type LessonFrontmatter,
  type SourceDocumentMeta,
} from "./schema";

/** A content file that cannot be used, with the place and the reason. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n  ${problems.join("\n  ")}`);
    this.name = "ContentError";
  }
}

export interface LoadedLesson extends LessonFrontmatter {
  file: string;
  body: string;
  questions: ContentQuestion[];
  questionsFile: string;
}

export interface LoadedDocument extends SourceDocumentMeta {
  file: string;
  lessons: LoadedLesson[];
}

export function loadContent(contentDir: string): LoadedDocument[] {
  const documentsDir = path.join(contentDir, "documents");
  const documents = readdirSync(documentsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => loadDocument(path.join(documentsDir, entry.name), contentDir));
  return documents.sort((a, b) => a.order - b.order);
}

function loadDocument(dir: string, contentDir: string): LoadedDocument {
  const file = path.join(dir, "document.yaml");
  const meta = validate(documentSchema, parseYamlFile(file, contentDir), relative(file, contentDir));
  const lessonsDir = path.join(dir, "lessons");
  const lessonFiles = existsSync(lessonsDir)
    ? readdirSync(lessonsDir).filter((name) => name.endsWith(".md")).sort()
    : [];
  const lessons = lessonFiles.map((name) => loadLesson(path.join(lessonsDir, name), contentDir));
  return { ...meta, file: relative(file, contentDir), lessons };
}

function loadLesson(file: string, contentDir: string): LoadedLesson {
  const shown = relative(file, contentDir);
  const { frontmatter, body } = splitFrontmatter(readFileSync(file, "utf8"), shown);
  const lesson = validate(lessonFrontmatterSchema, frontmatter, shown);
  const questionsPath = file.replace(/\.md$/, ".questions.yaml");
  const questionsFile = relative(questionsPath, contentDir);
  if (!existsSync(questionsPath)) {
    throw new ContentError(questionsFile, ["missing: every lesson needs a question bank beside it"]);
  }
  const bank = validate(questionBankSchema, parseYamlFile(questionsPath, contentDir), questionsFile);
  if (bank.lesson !== lesson.id) {
    throw new ContentError(questionsFile, [`lesson: is "${bank.lesson}", expected "${lesson.id}"`]);
  }
  return { ...lesson, file: shown, body: body.trim(), questions: bank.questions, questionsFile };
}

export function splitFrontmatter(source: string, file: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!match) throw new ContentError(file, ["frontmatter: the file must start with a --- YAML block ---"]);
  return { frontmatter: parseYamlText(match[1] ?? "", file), body: match[2] ?? "" };
}

function parseYamlFile(file: string, contentDir: string): unknown {
  return parseYamlText(readFileSync(file, "utf8"), relative(file, contentDir));
}

function parseYamlText(source: string, file: string): unknown {
  try {
    return parseYaml(source, { prettyErrors: true });
  } catch (error) {
    throw new ContentError(file, [`YAML: ${(error as Error).message}`]);
  }
}

function validate<T extends z.ZodType>(schema: T, value: unknown, file: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ContentError(
    file,
    result.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`),
  );
}

function relative(file: string, contentDir: string): string {
  return path.relative(path.dirname(contentDir), file);
}

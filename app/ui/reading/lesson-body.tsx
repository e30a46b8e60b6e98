import Markdown from "react-markdown";
import type { KeyTerm as KeyTermData } from "@/db/schema";
import { annotateLesson, slugify, termPatterns } from "@/lib/reading/annotate-lesson";
import { KeyTerm } from "./key-term";

/** Server-rendered lesson text with numbered paragraphs and explained key terms. */
export function LessonBody({ body, keyTerms }: { body: string; keyTerms: KeyTermData[] }) {
  const definitions = new Map(keyTerms.map((term) => [slugify(term.term), term.definition]));
  const terms = termPatterns(keyTerms.map((term) => term.term));
  return (
    <div id="lesson-body" className="prose-lesson font-serif text-lg text-slate-800">
      <Markdown
        rehypePlugins={[[annotateLesson, { terms }]]}
        components={{
          // @ts-expect-error "keyterm" is the element annotateLesson adds; react-markdown passes it through.
          keyterm: ({ term, children }: { term: string; children: React.ReactNode }) => (
            <KeyTerm definition={definitions.get(term) ?? ""}>{children}</KeyTerm>
          ),
        }}
      >
        {body}
      </Markdown>
    </div>
  );
}

"use client";

import { uploadDocumentAction } from "@/app/(teach)/teach/courses/[course]/documents/import/actions";
import { FileOrTextForm } from "@/app/ui/file-or-text-form";

const formats = [
  { value: "detect", label: "Detect from the file" },
  { value: "markdown", label: "Markdown" },
  { value: "text", label: "Plain text" },
  { value: "html", label: "HTML" },
];

export function DocumentUploadForm({ courseSlug }: { courseSlug: string }) {
  return (
    <FileOrTextForm
      action={uploadDocumentAction}
      courseSlug={courseSlug}
      fileLabel="Document (Markdown, plain text or HTML)"
      accept=".md,.markdown,.txt,.text,.html,.htm,text/plain,text/markdown,text/html"
      textLabel="Or paste the text"
      textRows={10}
      formats={formats}
      submitLabel="Find the sections"
    />
  );
}
